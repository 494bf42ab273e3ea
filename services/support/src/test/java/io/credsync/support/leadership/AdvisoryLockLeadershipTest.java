package io.credsync.support.leadership;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.credsync.testsupport.DatabaseCoordinates;
import io.credsync.testsupport.TestPostgres;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** Against the real test PostgreSQL: two replicas contend for one advisory lock. */
class AdvisoryLockLeadershipTest {

    private static final String LOCK = "credsync-event-ingest-jetstream-events";
    private static final LeadershipTiming TIMING = LeadershipTiming.derivedFrom(Duration.ofSeconds(1));

    private DatabaseCoordinates database;
    private final List<Leadership> replicas = new ArrayList<>();

    @BeforeEach
    void createDatabase() {
        database = TestPostgres.freshDatabase("leadership");
    }

    @AfterEach
    void dropDatabase() {
        replicas.forEach(Leadership::close);
        TestPostgres.dropDatabase(database);
    }

    private LeadershipClaim replica(String identity) {
        var connections = new PostgresLockConnections(database.jdbcUrl(), database.username(), database.password(),
                identity, 5);
        var leadership = new DatabaseLeadership(connections, identity, TIMING);
        replicas.add(leadership);
        return leadership.claim(LOCK);
    }

    private void terminateSessionsOf(String identity) throws SQLException {
        try (Connection admin = database.connect();
                var statement = admin.prepareStatement(
                        "select pg_terminate_backend(pid) from pg_stat_activity where application_name = ?")) {
            statement.setString(1, AdvisoryLockClaim.APPLICATION_PREFIX + identity);
            statement.execute();
        }
    }

    @Test
    void shouldLetOnlyOneOfTwoContendersLeadAndTellTheOtherWho() {
        // Given
        var a = replica("a");
        await().atMost(Duration.ofSeconds(5)).until(a::leads);
        // When
        var b = replica("b");
        // Then
        await().atMost(Duration.ofSeconds(2)).until(() -> b.leader().isPresent());
        await().during(Duration.ofSeconds(1)).atMost(Duration.ofSeconds(2)).until(() -> a.leads() && !b.leads());
        assertThat(b.leader()).contains("a");
    }

    @Test
    void shouldHandOverWhenTheLeadersSessionDies() throws SQLException {
        // Given
        var a = replica("a");
        await().atMost(Duration.ofSeconds(5)).until(a::leads);
        var b = replica("b");
        await().atMost(Duration.ofSeconds(2)).until(() -> b.leader().isPresent());
        // When the leader's connection drops (as its process dying would)
        terminateSessionsOf("a");
        // Then the other takes over within a few retry periods, and the old leader knows it lost
        await().atMost(TIMING.leaseDuration()).until(b::leads);
        await().atMost(TIMING.leaseDuration()).until(() -> !a.leads());
        await().during(Duration.ofMillis(500)).atMost(Duration.ofSeconds(1)).until(() -> b.leads() && !a.leads());
    }

    @Test
    void shouldFreeTheLockOfAHolderThatFallsSilentWithinTheLeaseTime() throws SQLException {
        // Given a holder whose process froze with its connection open: it took the lock, then says nothing
        try (var frozen = new PostgresLockConnections(database.jdbcUrl(), database.username(), database.password(),
                "frozen", 5).open(); var lock = frozen.prepareStatement("select pg_try_advisory_lock(?)")) {
            AdvisoryLockClaim.limitIdleSession(frozen, TIMING.leaseDuration());
            lock.setLong(1, AdvisoryLockClaim.keyOf(LOCK));
            lock.execute();
            // When
            var b = replica("b");
            // Then
            await().atMost(Duration.ofSeconds(2)).until(() -> b.leader().filter("frozen"::equals).isPresent());
            await().atMost(TIMING.leaseDuration().multipliedBy(3)).until(b::leads);
        }
    }

    @Test
    void shouldHandOverWhenTheLeaderStops() {
        // Given
        var a = replica("a");
        await().atMost(Duration.ofSeconds(5)).until(a::leads);
        var b = replica("b");
        await().atMost(Duration.ofSeconds(2)).until(() -> b.leader().isPresent());
        // When
        a.close();
        // Then
        assertThat(a.leads()).isFalse();
        await().atMost(TIMING.leaseDuration()).until(b::leads);
    }

    @Test
    void shouldLeadLocksOfDifferentNamesIndependently() {
        // Given
        var a = replica("a");
        await().atMost(Duration.ofSeconds(5)).until(a::leads);
        // When
        var other = new DatabaseLeadership(new PostgresLockConnections(database.jdbcUrl(), database.username(),
                database.password(), "b", 5), "b", TIMING);
        replicas.add(other);
        var b = other.claim("credsync-event-ingest-seam-events-poll");
        // Then
        await().atMost(Duration.ofSeconds(5)).until(b::leads);
        assertThat(a.leads()).isTrue();
    }

    @Test
    void shouldKeepTryingWhileTheDatabaseCannotBeReached() {
        // Given a database that refuses the replica (as one still starting)
        var broken = new DatabaseLeadership(() -> {
            throw new SQLException("connection refused");
        }, "a", TIMING);
        replicas.add(broken);
        // When
        var a = broken.claim(LOCK);
        // Then
        await().during(Duration.ofMillis(500)).atMost(Duration.ofSeconds(1)).until(() -> !a.leads());
    }
}
