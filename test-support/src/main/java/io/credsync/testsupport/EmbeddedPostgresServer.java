package io.credsync.testsupport;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/** PostgreSQL binaries unpacked and run as a child process (zonky), for machines without Docker. */
final class EmbeddedPostgresServer {

    private EmbeddedPostgresServer() {
    }

    static PostgresServer start() {
        try {
            EmbeddedPostgres postgres = EmbeddedPostgres.builder()
                    .setPGStartupWait(Duration.ofSeconds(60))
                    .setRegisterShutdownHook(false) // JvmShutdown below owns stopping
                    // Throwaway data: durability settings only cost test time.
                    .setServerConfig("fsync", "off")
                    .setServerConfig("full_page_writes", "off")
                    .setServerConfig("synchronous_commit", "off")
                    .setServerConfig("max_connections", "300")
                    .start();
            JvmShutdown.close("embedded PostgreSQL", postgres);
            // Trust authentication: any password is accepted, but clients such as Vert.x want one.
            return new PostgresServer("localhost", postgres.getPort(), "postgres", "postgres", "postgres", "",
                    "embedded PostgreSQL (zonky)");
        } catch (IOException e) {
            throw new UncheckedIOException("Could not start embedded PostgreSQL", e);
        }
    }
}
