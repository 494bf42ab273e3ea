package io.credsync.testsupport;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CredsyncInfraResourceTest {

    @Test
    void shouldHandQuarkusTheRealBrokerAndAFreshDatabase() throws SQLException {
        var resource = new CredsyncInfraResource();
        resource.init(Map.of(CredsyncInfraResource.DATABASE_PREFIX_ARG, "resource_test"));

        Map<String, String> config = resource.start();
        try {
            assertThat(config)
                    .containsEntry("kafka.bootstrap.servers", TestKafka.bootstrapServers())
                    .containsEntry("quarkus.kafka.devservices.enabled", "false")
                    .containsEntry("quarkus.datasource.devservices.enabled", "false")
                    .containsKeys("quarkus.datasource.jdbc.url", "quarkus.datasource.reactive.url",
                            "quarkus.datasource.username", "quarkus.datasource.password");
            DatabaseCoordinates database = resource.database();
            assertThat(database.name()).startsWith("resource_test_");
            assertThat(config.get("quarkus.datasource.jdbc.url")).startsWith("jdbc:postgresql://")
                    .contains("/" + database.name());
            assertThat(config.get("quarkus.datasource.reactive.url")).startsWith("postgresql://")
                    .endsWith("/" + database.name());
            assertThat(currentDatabase(config)).isEqualTo(database.name());
        } finally {
            resource.stop();
        }
    }

    @Test
    void shouldDropItsDatabaseOnStop() {
        var resource = new CredsyncInfraResource();
        resource.start();
        DatabaseCoordinates database = resource.database();

        resource.stop();

        assertThatThrownBy(database::connect).isInstanceOf(SQLException.class).hasMessageContaining(database.name());
    }

    @Test
    void shouldCreateANewDatabaseOnEveryStart() {
        var resource = new CredsyncInfraResource();

        String first = resource.start().get("quarkus.datasource.jdbc.url");
        resource.stop();
        String second = resource.start().get("quarkus.datasource.jdbc.url");
        resource.stop();

        assertThat(second).isNotEqualTo(first);
    }

    /** Connects exactly as Quarkus would, with the returned URL and credentials. */
    private static String currentDatabase(Map<String, String> config) throws SQLException {
        var coordinates = new DatabaseCoordinates("unused", config.get("quarkus.datasource.jdbc.url"), "unused",
                config.get("quarkus.datasource.username"), config.get("quarkus.datasource.password"));
        try (Connection connection = coordinates.connect();
                Statement statement = connection.createStatement();
                ResultSet result = statement.executeQuery("select current_database()")) {
            result.next();
            return result.getString(1);
        }
    }
}
