package io.credsync.support.storage;

import java.io.PrintWriter;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.util.logging.Logger;

import javax.sql.DataSource;

/**
 * The runtime's pool seen through one vendor's schema: every connection handed out has that schema as its search
 * path, so a vendor's tables and the runtime's tables of that vendor ({@code dispatcher_<vendor>}) stay apart from
 * other vendors' in one database. Connections are set on every checkout because the pool is shared.
 */
public final class SchemaDataSource implements DataSource {

    private final DataSource pool;
    private final String schema;

    public SchemaDataSource(DataSource pool, String schema) {
        if (!schema.matches("[a-z][a-z0-9_]{0,62}")) {
            throw new IllegalArgumentException("not a schema name: " + schema);
        }
        this.pool = pool;
        this.schema = schema;
    }

    public String schema() {
        return schema;
    }

    @Override
    public Connection getConnection() throws SQLException {
        return bound(pool.getConnection());
    }

    @Override
    public Connection getConnection(String username, String password) throws SQLException {
        return bound(pool.getConnection(username, password));
    }

    private Connection bound(Connection connection) throws SQLException {
        try {
            connection.setSchema(schema);
            return connection;
        } catch (SQLException | RuntimeException e) {
            connection.close();
            throw e;
        }
    }

    @Override
    public PrintWriter getLogWriter() throws SQLException {
        return pool.getLogWriter();
    }

    @Override
    public void setLogWriter(PrintWriter out) throws SQLException {
        pool.setLogWriter(out);
    }

    @Override
    public void setLoginTimeout(int seconds) throws SQLException {
        pool.setLoginTimeout(seconds);
    }

    @Override
    public int getLoginTimeout() throws SQLException {
        return pool.getLoginTimeout();
    }

    @Override
    public Logger getParentLogger() throws SQLFeatureNotSupportedException {
        return pool.getParentLogger();
    }

    @Override
    public <T> T unwrap(Class<T> type) throws SQLException {
        return type.isInstance(this) ? type.cast(this) : pool.unwrap(type);
    }

    @Override
    public boolean isWrapperFor(Class<?> type) throws SQLException {
        return type.isInstance(this) || pool.isWrapperFor(type);
    }
}
