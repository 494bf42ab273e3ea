package io.credsync.testsupport;

import org.testcontainers.postgresql.PostgreSQLContainer;

/** PostgreSQL in a Docker container, same major version as the embedded binaries. */
final class ContainerPostgresServer {

    static final String IMAGE = "postgres:17-alpine";

    private ContainerPostgresServer() {
    }

    static PostgresServer start() {
        PostgreSQLContainer container = new PostgreSQLContainer(IMAGE)
                // Throwaway data: durability settings only cost test time.
                .withCommand("postgres", "-c", "fsync=off", "-c", "full_page_writes=off", "-c",
                        "synchronous_commit=off", "-c", "max_connections=300");
        JvmShutdown.close("PostgreSQL container", container);
        container.start();
        return PostgresServer.fromJdbcUrl(container.getJdbcUrl(), container.getUsername(), container.getPassword(),
                "Testcontainers " + IMAGE);
    }
}
