package io.credsync.testsupport;

import java.util.Map;

import io.quarkus.test.common.QuarkusTestResourceConfigurableLifecycleManager;

/**
 * Points a {@code @QuarkusTest} at the JVM's real Kafka broker and a fresh PostgreSQL database, with Dev Services
 * off. Use {@link WithCredsyncInfra @WithCredsyncInfra} on the test class, or
 * {@code @WithTestResource(CredsyncInfraResource.class)} (optionally with init arg
 * {@value #DATABASE_PREFIX_ARG}).
 * <p>
 * Every {@link #start()} creates a new database, i.e. one per Quarkus application start: per test class with
 * {@code scope = RESTRICTED_TO_CLASS}, or per group of classes that declare the same resources (the default).
 * The broker and server outlive {@link #stop()}; stop only drops the database.
 */
public class CredsyncInfraResource implements QuarkusTestResourceConfigurableLifecycleManager<WithCredsyncInfra> {

    /** Init arg naming the database prefix; defaults to {@value #DEFAULT_DATABASE_PREFIX}. */
    public static final String DATABASE_PREFIX_ARG = "database-prefix";
    public static final String DEFAULT_DATABASE_PREFIX = "quarkus_test";

    private String databasePrefix = DEFAULT_DATABASE_PREFIX;
    private volatile DatabaseCoordinates database;

    @Override
    public void init(Map<String, String> initArgs) {
        databasePrefix = initArgs.getOrDefault(DATABASE_PREFIX_ARG, DEFAULT_DATABASE_PREFIX);
    }

    @Override
    public void init(WithCredsyncInfra annotation) {
        databasePrefix = annotation.databasePrefix();
    }

    @Override
    public Map<String, String> start() {
        String bootstrapServers = TestKafka.bootstrapServers();
        database = TestPostgres.freshDatabase(databasePrefix);
        return Map.of(
                "kafka.bootstrap.servers", bootstrapServers,
                "quarkus.kafka.devservices.enabled", "false",
                "quarkus.datasource.devservices.enabled", "false",
                "quarkus.datasource.jdbc.url", database.jdbcUrl(),
                "quarkus.datasource.reactive.url", database.reactiveUrl(),
                "quarkus.datasource.username", database.username(),
                "quarkus.datasource.password", database.password());
    }

    /** The database the last {@link #start()} created, e.g. to assert rows with plain JDBC. */
    public DatabaseCoordinates database() {
        return database;
    }

    @Override
    public void stop() {
        DatabaseCoordinates started = database;
        if (started != null) {
            database = null;
            dropQuietly(started);
        }
    }

    private static void dropQuietly(DatabaseCoordinates started) {
        try {
            TestPostgres.dropDatabase(started);
        } catch (RuntimeException e) {
            // Cleanup only: a leftover database on a throwaway server harms nobody, a failed test run would.
            System.getLogger(CredsyncInfraResource.class.getName())
                    .log(System.Logger.Level.DEBUG, "Could not drop " + started.name(), e);
        }
    }
}
