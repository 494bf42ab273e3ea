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
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;
import java.util.concurrent.TimeUnit;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import io.zonky.test.db.postgres.util.LinuxUtils;

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
    private volatile long pid;

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
                    // zonky's default is off: a commit would return before its WAL left PostgreSQL's memory, so
                    // a killed server (Stack.kill) could lose committed transactions. With zonky's fsync=off (-F)
                    // "on" costs one write() to the page cache per commit, no disk flush.
                    .setServerConfig("synchronous_commit", "on")
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
        long current = pid;
        return postmaster(current).isPresent() ? OptionalLong.of(current) : OptionalLong.empty();
    }

    @Override
    public void stop() {
        if (postmaster(pid).isEmpty() && Files.isRegularFile(config.pgDataDir().resolve("postmaster.opts"))) {
            // Killed and not restarted. zonky's close() is the only way to release its lock on the data directory
            // (a later stack in this JVM needs it), and it runs pg_ctl stop, which fails on a stopped server with an
            // ERROR and a stack trace. So the server comes back for a clean stop (a fraction of a second, crash
            // recovery included), which also leaves the data directory shut down cleanly.
            Console.info("postgres: killed; restarting it for a clean stop");
            try {
                restart();
            } catch (RuntimeException e) {
                Console.warn("postgres: %s", e.getMessage());
            }
        }
        try {
            // pg_ctl stop -m fast on the data directory (also stops a restarted server): sessions are cut, the
            // data stays consistent
            postgres.close();
        } catch (IOException e) {
            Console.warn("postgres: %s", e.getMessage());
        }
        ProcessHandle.of(pid).ifPresent(h -> ChildProcess.stop(h, Duration.ofSeconds(10)));
        runDir.remove(RunDir.POSTGRES);
    }

    /**
     * SIGKILL of the postmaster, as {@code kill -9}: no shutdown checkpoint, so the next start runs crash recovery
     * from the WAL. Its children (checkpointer, WAL writer, backends) notice their postmaster's death and exit
     * within moments; any still there after 5 s get SIGKILL too. Both matter for the restart: a process of the old
     * server still attached to its shared memory makes the new postmaster refuse to start ("pre-existing shared
     * memory block is still in use"). No immediate-mode stop is needed for that: once every old process is gone,
     * nothing blocks a restart. The stale lock files are removed then (postmaster.pid in the data directory, and the
     * Unix socket's {@code .s.PGSQL.<port>.lock}): the new postmaster would take a killed postmaster that init has not
     * reaped yet (a zombie, for seconds on a slow init) for a running one and refuse to start, and pg_ctl would signal
     * whatever process reused the pid.
     */
    @Override
    public void kill() {
        ProcessHandle postmaster = postmaster(pid)
                .orElseThrow(() -> new StackException("postgres is not running"));
        Path pidFile = config.pgDataDir().resolve("postmaster.pid");
        List<String> lockFile = readLines(pidFile);
        List<ProcessHandle> children = postmaster.children().toList();
        postmaster.destroyForcibly();
        List<ProcessHandle> all = new ArrayList<>(children);
        all.add(postmaster);
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
        for (ProcessHandle process : all) {
            Duration left = Duration.ofNanos(Math.max(0, deadline - System.nanoTime()));
            if (!ChildProcess.await(process, left)) {
                Console.info("postgres: child %d outlived its postmaster by 5 s; SIGKILL", process.pid());
                process.destroyForcibly();
                if (!ChildProcess.await(process, Duration.ofSeconds(10))) {
                    throw new StackException("postgres process " + process.pid() + " still runs after SIGKILL");
                }
            }
        }
        try {
            // postmaster.pid: pid, data dir, start time, port, socket directory, ...
            if (lockFile.size() > 4 && !lockFile.get(4).isBlank()) {
                Path socketLock = Path.of(lockFile.get(4).trim(), ".s.PGSQL." + lockFile.get(3).trim() + ".lock");
                if (readLines(socketLock).stream().findFirst().map(String::trim)
                        .filter(Long.toString(postmaster.pid())::equals).isPresent()) {
                    Files.deleteIfExists(socketLock);
                }
            }
            Files.deleteIfExists(pidFile);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        runDir.remove(RunDir.POSTGRES);
    }

    private static List<String> readLines(Path file) {
        try {
            return Files.isRegularFile(file) ? Files.readAllLines(file) : List.of();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * {@code pg_ctl restart} with the binaries, port, data directory and options of the last start: PostgreSQL
     * keeps them in {@code postmaster.opts}, which pg_ctl reads in restart mode (with no server running it says so
     * and starts one). Server output is appended to the same log. Ready once pg_ctl has seen the server accept
     * connections (crash recovery done) and a JDBC connection with the stack's credentials works.
     */
    @Override
    public void restart() {
        if (postmaster(pid).isPresent()) {
            throw new StackException("postgres is running (pid " + pid + "): kill it first");
        }
        Path data = config.pgDataDir();
        Path log = config.logs().resolve("postgres.log");
        Console.info("postgres: restarting on %s:%d (log %s)", StackConfig.HOST, config.pgPort(), log);
        List<String> command = new ArrayList<>();
        if (LinuxUtils.isUnshareAvailable()) {
            // as zonky does: pg_ctl refuses to run as root; in a new user namespace it is not root
            command.addAll(List.of("unshare", "-U"));
        }
        command.addAll(List.of(pgCtl(data).toString(), "-D", data.toString(), "-w", "-t",
                Long.toString(config.startTimeout().toSeconds()), "restart"));
        try {
            Process pgCtl = new ProcessBuilder(command)
                    .redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()))
                    .start();
            if (!pgCtl.waitFor(config.startTimeout().toSeconds() + 10, TimeUnit.SECONDS)) {
                pgCtl.destroyForcibly();
                throw new StackException("pg_ctl restart did not return; see " + log);
            }
            if (pgCtl.exitValue() != 0) {
                throw new StackException("PostgreSQL did not restart (pg_ctl exit code " + pgCtl.exitValue()
                        + "). Last lines of " + log + ":\n" + ChildProcess.tail(log, 20));
            }
        } catch (IOException e) {
            throw new StackException("could not run pg_ctl: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new StackException("interrupted while restarting PostgreSQL");
        }
        pid = postmasterPid(data);
        runDir.writePid(RunDir.POSTGRES, pid, data.toString());
        Readiness.await("PostgreSQL on " + jdbcUrl(), config.startTimeout(), this::acceptsConnection, () -> {
            if (postmaster(pid).isEmpty()) {
                throw new StackException("PostgreSQL exited after its restart. Last lines of " + log + ":\n"
                        + ChildProcess.tail(log, 20));
            }
        });
    }

    private boolean acceptsConnection() {
        try {
            PostgresServer.selectOne(jdbcUrl(), user(), password());
            return true;
        } catch (SQLException e) {
            return false;
        }
    }

    private static java.util.Optional<ProcessHandle> postmaster(long pid) {
        return ProcessHandle.of(pid).filter(ChildProcess::isRunning);
    }

    /** pg_ctl beside the postgres binary named first in postmaster.opts (written by every server start). */
    private static Path pgCtl(Path data) {
        try {
            String line = Files.readString(data.resolve("postmaster.opts")).trim();
            int firstOption = line.indexOf(" \"");
            String postgres = firstOption < 0 ? line : line.substring(0, firstOption);
            return Path.of(postgres).resolveSibling("pg_ctl");
        } catch (IOException e) {
            throw new StackException("cannot restart PostgreSQL: no readable postmaster.opts in " + data, e);
        }
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
