package io.credsync.testsupport;

import java.lang.System.Logger.Level;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;

/**
 * The real PostgreSQL server of this test JVM, started on first use and stopped when the JVM exits; tests get
 * isolation by asking for a {@linkplain #freshDatabase fresh database} each.
 * <p>
 * Where it comes from, first match wins: {@code CREDSYNC_TEST_PG_URL} ({@code jdbc:postgresql://host:port/db}, with
 * {@code CREDSYNC_TEST_PG_USER} / {@code CREDSYNC_TEST_PG_PASSWORD}; the user must be allowed to create databases);
 * else a Testcontainers server when a Docker engine answers; else an embedded server. {@code CREDSYNC_TEST_INFRA}
 * forces the choice as for {@link TestKafka}.
 */
public final class TestPostgres {

    private static final System.Logger LOG = System.getLogger(TestPostgres.class.getName());
    private static final Pattern NOT_IDENTIFIER = Pattern.compile("[^a-z0-9_]");
    private static final int MAX_PREFIX_LENGTH = 40; // PostgreSQL truncates names at 63 bytes

    private static volatile PostgresServer server;

    private TestPostgres() {
    }

    /**
     * Creates an empty database named {@code <prefix>_<random>} (prefix lower-cased, other characters to
     * {@code _}) and returns how to reach it.
     */
    public static DatabaseCoordinates freshDatabase(String prefix) {
        PostgresServer current = server();
        String name = databaseName(prefix);
        execute(current.admin(), "CREATE DATABASE " + name);
        return current.database(name);
    }

    /** Drops {@code database}, disconnecting its sessions; a no-op if it is already gone. */
    public static void dropDatabase(DatabaseCoordinates database) {
        // Only names we generated reach this, so no quoting is needed; re-check anyway before splicing into SQL.
        if (NOT_IDENTIFIER.matcher(database.name()).find()) {
            throw new IllegalArgumentException("Not a test database name: " + database.name());
        }
        execute(server().admin(), "DROP DATABASE IF EXISTS " + database.name() + " WITH (FORCE)");
    }

    static PostgresServer server() {
        PostgresServer current = server;
        if (current == null) {
            synchronized (TestPostgres.class) {
                current = server;
                if (current == null) {
                    current = start();
                    server = current;
                }
            }
        }
        return current;
    }

    static String databaseName(String prefix) {
        String cleaned = NOT_IDENTIFIER.matcher(prefix.toLowerCase(Locale.ROOT)).replaceAll("_");
        if (cleaned.isEmpty() || !Character.isLetter(cleaned.charAt(0))) {
            cleaned = "db_" + cleaned;
        }
        if (cleaned.length() > MAX_PREFIX_LENGTH) {
            cleaned = cleaned.substring(0, MAX_PREFIX_LENGTH);
        }
        return cleaned + "_" + RandomSuffix.next();
    }

    private static PostgresServer start() {
        var configuredUrl = TestSettings.get(TestSettings.PG_URL);
        if (configuredUrl.isPresent()) {
            return PostgresServer.fromJdbcUrl(configuredUrl.get(),
                    TestSettings.get(TestSettings.PG_USER).orElse("postgres"),
                    TestSettings.get(TestSettings.PG_PASSWORD).orElse(""), TestSettings.PG_URL);
        }
        var shared = JvmWide.askSystemCopy(TestPostgres.class, "sharedServer");
        if (shared.isPresent()) {
            String[] server = (String[]) shared.get();
            return PostgresServer.fromJdbcUrl(server[0], server[1], server[2], "server of the system class loader");
        }
        return JvmWide.startWithOwnContextLoader(TestPostgres::startOwnServer);
    }

    /** The server as JDK types, for copies of this class in other class loaders (see {@link JvmWide}). */
    static String[] sharedServer() {
        PostgresServer current = server();
        return new String[]{current.admin().jdbcUrl(), current.username(), current.password()};
    }

    private static PostgresServer startOwnServer() {
        QuietLogging.quietServers();
        long startedAt = System.nanoTime();
        PostgresServer started = switch (Provisioning.current()) {
            case CONTAINERS -> ContainerPostgresServer.start();
            case EMBEDDED -> EmbeddedPostgresServer.start();
        };
        LOG.log(Level.INFO, "Test PostgreSQL: {0}, started in {1,number,#} ms", started,
                TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - startedAt));
        return started;
    }

    private static void execute(DatabaseCoordinates database, String sql) {
        try (Connection connection = database.connect(); Statement statement = connection.createStatement()) {
            statement.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException("Failed on " + database + ": " + sql, e);
        }
    }
}
