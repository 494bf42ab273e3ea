package io.credsync.testsupport;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class TestPostgresTest {

    @Test
    void shouldServeARealPostgreSql() throws SQLException {
        DatabaseCoordinates database = TestPostgres.freshDatabase("version");

        try (Connection connection = database.connect();
                Statement statement = connection.createStatement();
                ResultSet result = statement.executeQuery("select version(), current_database()")) {
            assertThat(result.next()).isTrue();
            assertThat(result.getString(1)).contains("PostgreSQL");
            assertThat(result.getString(2)).isEqualTo(database.name());
        }
    }

    @Test
    void shouldRoundTripRowsThroughJdbc() throws SQLException {
        DatabaseCoordinates database = TestPostgres.freshDatabase("round_trip");

        try (Connection connection = database.connect(); Statement statement = connection.createStatement()) {
            statement.execute("create table credential (id bigint primary key, holder text not null)");
            statement.execute("insert into credential values (1, 'ada'), (2, 'grace')");
            try (ResultSet result = statement.executeQuery("select holder from credential order by id")) {
                assertThat(result.next()).isTrue();
                assertThat(result.getString(1)).isEqualTo("ada");
                assertThat(result.next()).isTrue();
                assertThat(result.getString(1)).isEqualTo("grace");
                assertThat(result.next()).isFalse();
            }
        }
    }

    @Test
    void shouldIsolateFreshDatabasesFromEachOther() throws SQLException {
        DatabaseCoordinates first = TestPostgres.freshDatabase("isolated");
        DatabaseCoordinates second = TestPostgres.freshDatabase("isolated");

        try (Connection connection = first.connect(); Statement statement = connection.createStatement()) {
            statement.execute("create table only_in_first (id int)");
        }

        assertThat(second.name()).isNotEqualTo(first.name());
        try (Connection connection = second.connect(); Statement statement = connection.createStatement()) {
            assertThatThrownBy(() -> statement.executeQuery("select * from only_in_first"))
                    .isInstanceOf(SQLException.class)
                    .hasMessageContaining("only_in_first");
        }
    }

    @Test
    void shouldCreateEveryDatabaseOnTheSameServer() throws SQLException {
        String first = serverAddress(TestPostgres.freshDatabase("same_server"));
        String second = serverAddress(TestPostgres.freshDatabase("same_server"));

        assertThat(second).isEqualTo(first);
    }

    @Test
    void shouldDropADatabase() throws SQLException {
        DatabaseCoordinates database = TestPostgres.freshDatabase("dropped");

        TestPostgres.dropDatabase(database);

        assertThatThrownBy(database::connect).isInstanceOf(SQLException.class)
                .hasMessageContaining(database.name());
    }

    /** Server-side view (address, port, data directory), immune to how the client spelled the host. */
    private static String serverAddress(DatabaseCoordinates database) throws SQLException {
        try (Connection connection = database.connect();
                Statement statement = connection.createStatement();
                ResultSet result = statement.executeQuery(
                        "select inet_server_port() || ' ' || current_setting('data_directory')")) {
            result.next();
            return result.getString(1);
        }
    }
}
