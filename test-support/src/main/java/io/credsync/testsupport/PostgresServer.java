package io.credsync.testsupport;

import java.net.URI;

/**
 * A running PostgreSQL server reachable with superuser-ish credentials (allowed to CREATE DATABASE).
 * {@code jdbcParameters} is the query string of a configured JDBC URL (e.g. {@code sslmode=require}), or empty.
 */
record PostgresServer(String host, int port, String adminDatabase, String username, String password,
        String jdbcParameters, String origin) {

    /** Parses {@code jdbc:postgresql://host[:port]/database[?params]}. */
    static PostgresServer fromJdbcUrl(String jdbcUrl, String username, String password, String origin) {
        if (!jdbcUrl.startsWith("jdbc:postgresql://")) {
            throw new IllegalArgumentException("Expected jdbc:postgresql://host:port/database, got " + jdbcUrl);
        }
        URI uri = URI.create(jdbcUrl.substring("jdbc:".length()));
        String path = uri.getPath() == null ? "" : uri.getPath().replaceFirst("^/", "");
        return new PostgresServer(uri.getHost(), uri.getPort() == -1 ? 5432 : uri.getPort(),
                path.isEmpty() ? "postgres" : path, username, password,
                uri.getRawQuery() == null ? "" : uri.getRawQuery(), origin);
    }

    String jdbcUrl(String database) {
        return "jdbc:postgresql://" + host + ":" + port + "/" + database
                + (jdbcParameters.isEmpty() ? "" : "?" + jdbcParameters);
    }

    String reactiveUrl(String database) {
        return "postgresql://" + host + ":" + port + "/" + database;
    }

    DatabaseCoordinates database(String name) {
        return new DatabaseCoordinates(name, jdbcUrl(name), reactiveUrl(name), username, password);
    }

    /** The maintenance database, where CREATE/DROP DATABASE run. */
    DatabaseCoordinates admin() {
        return database(adminDatabase);
    }

    @Override
    public String toString() {
        return "PostgresServer[" + origin + " at " + host + ":" + port + ", user=" + username + "]";
    }
}
