package io.credsync.stack;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.OptionalLong;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * A real PostgreSQL (17, from zonky's Maven Central binaries) with its data under {@code <home>/postgres/data},
 * kept between runs. The server runs as its own OS processes (pg_ctl daemonises it); zonky drives initdb, start
 * and stop. Databases and roles: {@code credsync} owned by CREDSYNC_PG_USER (default credsync/credsync).
 */
final class EmbeddedPostgresServer implements PostgresServer {

    static final String DATABASE = "credsync";

    private final EmbeddedPostgres postgres;
    private final StackConfig config;
    private final RunDir runDir;
    private final long pid;

    private EmbeddedPostgresServer(EmbeddedPostgres postgres, StackConfig config, RunDir runDir, long pid) {
        this.postgres = postgres;
        this.config = config;
        this.runDir = runDir;
        this.pid = pid;
    }

    static EmbeddedPostgresServer start(StackConfig config, RunDir runDir) {
        Path data = config.pgDataDir();
        Path log = config.logs().resolve("postgres.log");
        boolean fresh = !Files.isRegularFile(data.resolve("postgresql.conf"));
        Console.info("postgres: %s on %s:%d (log %s)", fresh ? "initialising " + data + ", starting" : "starting",
                StackConfig.HOST, config.pgPort(), log);
        EmbeddedPostgres postgres;
        try {
            Files.createDirectories(log.getParent());
            postgres = EmbeddedPostgres.builder()
                    .setPort(config.pgPort())
                    .setDataDirectory(data)
                    .setCleanDataDirectory(false)
                    // the stack stops it itself, after the services that use it
                    .setRegisterShutdownHook(false)
                    // binaries unpacked once per home (or shared, CREDSYNC_PG_BINARIES), not in /tmp
                    .setOverrideWorkingDirectory(config.pgBinaries().toFile())
                    .setServerConfig("listen_addresses", StackConfig.HOST)
                    .setOutputRedirector(ProcessBuilder.Redirect.appendTo(log.toFile()))
                    .setErrorRedirector(ProcessBuilder.Redirect.appendTo(log.toFile()))
                    .setPGStartupWait(config.startTimeout())
                    .start();
        } catch (IOException | RuntimeException e) {
            throw new StackException("PostgreSQL did not start: " + e.getMessage() + ". Last lines of " + log + ":\n"
                    + ChildProcess.tail(log, 20), e);
        }
        long pid = postmasterPid(data);
        // the data dir is in the postmaster's command line (-D): the signature for the pid file
        runDir.writePid(RunDir.POSTGRES, pid, data.toString());
        EmbeddedPostgresServer server = new EmbeddedPostgresServer(postgres, config, runDir, pid);
        try {
            server.createRoleAndDatabase();
        } catch (SQLException e) {
            server.stop();
            throw new StackException("could not create database " + DATABASE + ": " + e.getMessage(), e);
        }
        return server;
    }

    @Override
    public String jdbcUrl() {
        return "jdbc:postgresql://" + StackConfig.HOST + ":" + config.pgPort() + "/" + DATABASE;
    }

    @Override
    public String user() {
        return config.pgUser();
    }

    @Override
    public String password() {
        return config.pgPassword();
    }

    @Override
    public OptionalLong pid() {
        return OptionalLong.of(pid);
    }

    @Override
    public void stop() {
        try {
            // pg_ctl stop -m fast: open sessions are cut, the data stays consistent
            postgres.close();
        } catch (IOException e) {
            Console.warn("postgres: %s", e.getMessage());
        }
        ProcessHandle.of(pid).ifPresent(h -> ChildProcess.stop(h, Duration.ofSeconds(10)));
        runDir.remove(RunDir.POSTGRES);
    }

    /** Idempotent: a second start finds both and only re-applies the configured password. */
    private void createRoleAndDatabase() throws SQLException {
        try (Connection connection = postgres.getPostgresDatabase().getConnection();
                Statement statement = connection.createStatement()) {
            String role = identifier(config.pgUser());
            if (exists(connection, "select 1 from pg_roles where rolname = ?", config.pgUser())) {
                statement.execute("alter role " + role + " login password " + literal(config.pgPassword()));
            } else {
                statement.execute("create role " + role + " login password " + literal(config.pgPassword()));
            }
            if (!exists(connection, "select 1 from pg_database where datname = ?", DATABASE)) {
                statement.execute("create database " + DATABASE + " owner " + role);
                Console.info("postgres: created database %s owned by %s", DATABASE, config.pgUser());
            }
        }
    }

    private static boolean exists(Connection connection, String sql, String value) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement(sql)) {
            query.setString(1, value);
            try (ResultSet rows = query.executeQuery()) {
                return rows.next();
            }
        }
    }

    private static String identifier(String name) {
        return '"' + name.replace("\"", "\"\"") + '"';
    }

    private static String literal(String value) {
        return "'" + value.replace("'", "''") + "'";
    }

    /** The first line of postmaster.pid: the server process, which outlives pg_ctl. */
    private static long postmasterPid(Path data) {
        try {
            return Long.parseLong(Files.readAllLines(data.resolve("postmaster.pid")).get(0).trim());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
