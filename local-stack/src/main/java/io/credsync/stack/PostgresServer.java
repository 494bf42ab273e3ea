package io.credsync.stack;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.OptionalLong;

/** The stack's PostgreSQL: embedded (the default) or an external server named by CREDSYNC_PG_URL. */
interface PostgresServer extends StackComponent {

    String jdbcUrl();

    String user();

    String password();

    /** The postmaster's pid when the stack runs it. */
    OptionalLong pid();

    /** The same database as a Vert.x reactive client URL (Hibernate Reactive). */
    default String reactiveUrl() {
        return jdbcUrl().replaceFirst("^jdbc:", "");
    }

    @Override
    default String name() {
        return RunDir.POSTGRES;
    }

    static PostgresServer start(StackConfig config, RunDir runDir) {
        return config.embeddedPostgres()
                ? EmbeddedPostgresServer.start(config, runDir)
                : ExternalPostgres.check(config);
    }

    /** {@code select 1} with the stack's credentials: what a service will do first. */
    static void selectOne(String url, String user, String password) throws SQLException {
        DriverManager.setLoginTimeout(10);
        try (Connection connection = DriverManager.getConnection(url, user, password);
                Statement statement = connection.createStatement()) {
            statement.execute("select 1");
        }
    }
}
