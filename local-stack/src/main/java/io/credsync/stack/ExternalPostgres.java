package io.credsync.stack;

import java.sql.SQLException;
import java.util.OptionalLong;

/** A PostgreSQL the developer runs (CREDSYNC_PG_URL): only checked, never started or stopped. */
record ExternalPostgres(String jdbcUrl, String user, String password) implements PostgresServer {

    static ExternalPostgres check(StackConfig config) {
        String url = config.pgExternalUrl().orElseThrow();
        if (!url.startsWith("jdbc:postgresql:")) {
            throw new StackException(
                    "CREDSYNC_PG_URL must be a JDBC URL like jdbc:postgresql://host:5432/credsync, got '"
                            + url + "'");
        }
        Console.info("postgres: checking external %s as %s", url, config.pgUser());
        try {
            PostgresServer.selectOne(url, config.pgUser(), config.pgPassword());
        } catch (SQLException e) {
            throw new StackException("cannot connect to the external PostgreSQL " + url + " as " + config.pgUser()
                    + " (CREDSYNC_PG_URL, CREDSYNC_PG_USER, CREDSYNC_PG_PASSWORD): " + e.getMessage(), e);
        }
        return new ExternalPostgres(url, config.pgUser(), config.pgPassword());
    }

    @Override
    public OptionalLong pid() {
        return OptionalLong.empty();
    }

    @Override
    public void stop() {
        // not ours to stop
    }
}
