package io.credsync.testsupport;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PostgresServerTest {

    @Test
    void shouldAddressOtherDatabasesOnAConfiguredServer() {
        var server = PostgresServer.fromJdbcUrl("jdbc:postgresql://db.example:6543/app?sslmode=require", "u", "p",
                "test");

        DatabaseCoordinates database = server.database("fresh_1");

        assertThat(server.adminDatabase()).isEqualTo("app");
        assertThat(database.jdbcUrl()).isEqualTo("jdbc:postgresql://db.example:6543/fresh_1?sslmode=require");
        assertThat(database.reactiveUrl()).isEqualTo("postgresql://db.example:6543/fresh_1");
        assertThat(database.username()).isEqualTo("u");
        assertThat(database.password()).isEqualTo("p");
    }

    @Test
    void shouldDefaultPortAndMaintenanceDatabase() {
        var server = PostgresServer.fromJdbcUrl("jdbc:postgresql://localhost/", "u", "p", "test");

        assertThat(server.port()).isEqualTo(5432);
        assertThat(server.adminDatabase()).isEqualTo("postgres");
    }

    @Test
    void shouldRejectNonPostgresUrls() {
        assertThatThrownBy(() -> PostgresServer.fromJdbcUrl("jdbc:mysql://localhost/x", "u", "p", "test"))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void shouldTurnAnyPrefixIntoAValidDatabaseName() {
        assertThat(TestPostgres.databaseName("Credential-Registry")).matches("credential_registry_[0-9a-f]{12}");
        assertThat(TestPostgres.databaseName("9lives")).matches("db_9lives_[0-9a-f]{12}");
        assertThat(TestPostgres.databaseName("x".repeat(100))).hasSizeLessThanOrEqualTo(63);
    }

    @Test
    void shouldKeepThePasswordOutOfToString() {
        var database = new DatabaseCoordinates("db", "jdbc:postgresql://h/db", "postgresql://h/db", "u", "secret");

        assertThat(database.toString()).doesNotContain("secret");
    }
}
