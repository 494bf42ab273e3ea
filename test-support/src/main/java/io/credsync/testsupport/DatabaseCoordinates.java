package io.credsync.testsupport;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Properties;

import org.postgresql.Driver;

/**
 * One database on the test PostgreSQL server, addressed for JDBC ({@code jdbc:postgresql://host:port/db}) and for
 * the Vert.x reactive client ({@code postgresql://host:port/db}).
 */
public record DatabaseCoordinates(String name, String jdbcUrl, String reactiveUrl, String username, String password) {

    /** A new JDBC connection to this database; the caller closes it. */
    public Connection connect() throws SQLException {
        Properties credentials = new Properties();
        credentials.setProperty("user", username);
        credentials.setProperty("password", password);
        // The driver directly, not DriverManager: DriverManager ignores drivers from other class loaders (Quarkus).
        Connection connection = new Driver().connect(jdbcUrl, credentials);
        if (connection == null) {
            throw new SQLException("Not a PostgreSQL JDBC URL: " + jdbcUrl);
        }
        return connection;
    }

    @Override
    public String toString() {
        // Keep the password out of assertion messages and logs.
        return "DatabaseCoordinates[name=" + name + ", jdbcUrl=" + jdbcUrl + ", username=" + username + "]";
    }
}
