package io.credsync.support.leadership;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Properties;

import org.postgresql.Driver;

/**
 * Connections for advisory locks, opened with the driver itself (not the pool, not DriverManager, which ignores
 * drivers of other class loaders) and named {@code credsync <instance id>} so other replicas can tell the holder.
 */
public record PostgresLockConnections(String jdbcUrl, String username, String password, String identity,
        int timeoutSeconds) implements ConnectionOpener {

    @Override
    public Connection open() throws SQLException {
        var properties = new Properties();
        if (username != null) {
            properties.setProperty("user", username);
        }
        if (password != null) {
            properties.setProperty("password", password);
        }
        String name = AdvisoryLockClaim.APPLICATION_PREFIX + identity;
        properties.setProperty("ApplicationName", name.length() > 63 ? name.substring(0, 63) : name);
        properties.setProperty("connectTimeout", Integer.toString(timeoutSeconds));
        properties.setProperty("socketTimeout", Integer.toString(timeoutSeconds));
        properties.setProperty("tcpKeepAlive", "true");
        Connection connection = new Driver().connect(jdbcUrl, properties);
        if (connection == null) {
            throw new SQLException("not a PostgreSQL JDBC URL (quarkus.datasource.jdbc.url)");
        }
        return connection;
    }

    @Override
    public String toString() {
        return "PostgresLockConnections[" + jdbcUrl + ", " + username + "]"; // never the password
    }
}
