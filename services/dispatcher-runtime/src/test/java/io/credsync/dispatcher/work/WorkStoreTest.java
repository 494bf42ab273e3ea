package io.credsync.dispatcher.work;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.postgresql.ds.PGSimpleDataSource;

import io.credsync.model.Vendor;
import io.credsync.model.command.CommandPriority;
import io.credsync.model.command.CommandReason;
import io.credsync.model.command.DesiredState;
import io.credsync.model.command.HolderRef;
import io.credsync.model.command.SyncCommand;
import io.credsync.model.command.TargetAddress;
import io.credsync.model.credential.CredentialKind;
import io.credsync.testsupport.DatabaseCoordinates;
import io.credsync.testsupport.TestPostgres;
import io.credsync.vendor.spi.dispatch.Slot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** The work store against a real PostgreSQL, including a concurrent interleaving found by the benchmark. */
class WorkStoreTest {

    private DatabaseCoordinates db;
    private PGSimpleDataSource dataSource;
    private WorkStore store;

    @BeforeEach
    void givenAFreshSchema() throws Exception {
        db = TestPostgres.freshDatabase("workstore");
        try (Connection c = db.connect(); var statement = c.createStatement()) {
            for (String file : List.of("V1__dispatcher.sql", "V2__lease_owner.sql")) {
                statement.execute(new String(getClass().getResourceAsStream("/db/dispatcher/" + file)
                        .readAllBytes(), StandardCharsets.UTF_8));
            }
        }
        dataSource = new PGSimpleDataSource();
        dataSource.setUrl(db.jdbcUrl());
        dataSource.setUser(db.username());
        dataSource.setPassword(db.password());
        store = new WorkStore(dataSource);
    }

    @Test
    void shouldFreeOnlyItsOwnLeasesWhenAReplicaStartsAgainUnderItsName() throws SQLException {
        // Given dispatcher-1 died holding dev-1, dispatcher-2 holds dev-2
        store.intake(command(UUID.randomUUID(), 1, "dev-1"));
        new WorkStore(dataSource, "dispatcher-1").claimDue(1, Duration.ofMinutes(5), Duration.ZERO);
        store.intake(command(UUID.randomUUID(), 1, "dev-2"));
        var other = new WorkStore(dataSource, "dispatcher-2");
        assertThat(other.claimDue(10, Duration.ofMinutes(5), Duration.ZERO)).extracting(
                WorkStore.ClaimedTarget::targetId).containsExactly("dev-2");

        // When dispatcher-1 starts again
        int freed = new WorkStore(dataSource, "dispatcher-1").releaseOwnLeases();

        // Then its target is due at once, long before its lease would have run out; dispatcher-2's is not
        assertThat(freed).isEqualTo(1);
        assertThat(other.claimDue(10, Duration.ofMinutes(5), Duration.ZERO)).extracting(
                WorkStore.ClaimedTarget::targetId).containsExactly("dev-1");
    }

    @Test
    void shouldKeepATargetWhoseLeaseIsRenewedAndFreeOneWhoseHolderStoppedRenewing() throws Exception {
        // Given one replica holds two targets on short leases
        store.intake(command(UUID.randomUUID(), 1, "dev-1"));
        store.intake(command(UUID.randomUUID(), 1, "dev-2"));
        var holder = new WorkStore(dataSource, "dispatcher-1");
        var held = holder.claimDue(10, Duration.ofMillis(800), Duration.ZERO);
        assertThat(held).hasSize(2);

        // When it renews only dev-1's lease (dev-2's conversation "died") past the first expiry
        var renewedOne = held.stream().filter(t -> t.targetId().equals("dev-1")).toList();
        var other = new WorkStore(dataSource, "dispatcher-2");
        long until = System.nanoTime() + Duration.ofMillis(2000).toNanos();
        var claimedByOther = new java.util.ArrayList<WorkStore.ClaimedTarget>();
        while (System.nanoTime() < until) {
            holder.renewLeases(renewedOne, Duration.ofMillis(800));
            claimedByOther.addAll(other.claimDue(10, Duration.ofMinutes(5), Duration.ZERO));
            Thread.sleep(200);
        }

        // Then the other replica got dev-2 and never dev-1
        assertThat(claimedByOther).extracting(WorkStore.ClaimedTarget::targetId).containsExactly("dev-2");
    }

    @Test
    void shouldTakeACommandOnceAndReportAnOlderVersionSuperseded() throws SQLException {
        var credential = UUID.randomUUID();
        var v2 = command(credential, 2);
        assertThat(store.intake(v2)).isEqualTo(WorkStore.Intake.ACCEPTED);
        assertThat(store.intake(v2)).isEqualTo(WorkStore.Intake.DUPLICATE);
        assertThat(store.intake(command(credential, 1))).isEqualTo(WorkStore.Intake.SUPERSEDED);
        assertThat(store.slots("acme", "dev-1")).singleElement().satisfies(s -> assertThat(s.desired().version())
                .isEqualTo(2));
    }

    @Test
    void shouldKeepATargetsWorkWhenACommandArrivesWhileTheWorkerFinishes() throws Exception {
        // Given a worker about to finish credential A on dev-1
        var a = UUID.randomUUID();
        store.intake(command(a, 1));
        var finished = WorkStore.SlotUpdate.applied(a, 1, Map.of());
        // And an intake of credential B for dev-1 that has written its slot and touched the work row, not committed
        var b = command(UUID.randomUUID(), 1);
        try (Connection intake = db.connect()) {
            intake.setAutoCommit(false);
            try (var slot = intake.prepareStatement("""
                    INSERT INTO slot (tenant, target_id, credential_id, desired_version, desired, command_id)
                    VALUES ('acme', 'dev-1', ?, 1, '{}', ?)""")) {
                slot.setObject(1, b.credentialId());
                slot.setObject(2, b.commandId());
                slot.executeUpdate();
            }
            try (var work = intake.createStatement()) {
                work.executeUpdate("UPDATE target_work SET due_at = LEAST(due_at, now()) WHERE target_id = 'dev-1'");
            }
            // When the worker finishes A (it waits for the intake's row lock) and then the intake commits
            var completion = CompletableFuture.runAsync(() -> {
                try {
                    store.completed("acme", "dev-1", List.of(finished));
                } catch (SQLException e) {
                    throw new IllegalStateException(e);
                }
            });
            await().atMost(Duration.ofSeconds(10)).until(() -> waitingOnLocks() > 0);
            intake.commit();
            completion.get();
        }
        // Then dev-1 still has work: B is pending and must be dispatched
        assertThat(workRows("dev-1")).isEqualTo(1);
        assertThat(store.claimDue(10, Duration.ofSeconds(30), Duration.ZERO))
                .extracting(WorkStore.ClaimedTarget::targetId).containsExactly("dev-1");
    }

    @Test
    void shouldFinishATargetWhenNothingIsPending() throws SQLException {
        var a = UUID.randomUUID();
        store.intake(command(a, 1));
        store.completed("acme", "dev-1", List.of(WorkStore.SlotUpdate.applied(a, 1, Map.of())));
        assertThat(workRows("dev-1")).isZero();
    }

    @Test
    void shouldNotRetryAVersionTheVendorRefused() throws SQLException {
        var a = UUID.randomUUID();
        store.intake(command(a, 1));
        store.completed("acme", "dev-1", List.of(WorkStore.SlotUpdate.failed(a, 1, Map.of())));
        assertThat(store.slots("acme", "dev-1")).singleElement().satisfies(s -> assertThat(s.isPending()).isFalse());
        assertThat(workRows("dev-1")).isZero();
    }

    @Test
    void shouldHandATargetToOneClaimantAtATime() throws SQLException {
        store.intake(command(UUID.randomUUID(), 1));
        assertThat(store.claimDue(10, Duration.ofSeconds(30), Duration.ZERO)).hasSize(1);
        assertThat(store.claimDue(10, Duration.ofSeconds(30), Duration.ZERO)).isEmpty();
        store.retryAt("acme", "dev-1", Instant.now().minusSeconds(1), "boom");
        assertThat(store.claimDue(10, Duration.ofSeconds(30), Duration.ZERO)).singleElement()
                .satisfies(t -> assertThat(t.attempts()).isEqualTo(2));
    }

    @Test
    void shouldKeepWhatWasDoneAndRetryTheRestLaterWhenAConversationStopsPartWay() throws SQLException {
        var done = UUID.randomUUID();
        var left = UUID.randomUUID();
        var progressed = UUID.randomUUID();
        store.intake(command(done, 1));
        store.intake(command(left, 1));
        store.intake(command(progressed, 1));
        assertThat(store.claimDue(10, Duration.ofSeconds(30), Duration.ZERO)).hasSize(1);
        store.completed("acme", "dev-1", List.of(WorkStore.SlotUpdate.applied(done, 1, Map.of("id", "d")),
                new WorkStore.SlotUpdate(progressed, 1, WorkStore.SlotUpdate.Progress.IN_PROGRESS, Map.of("id",
                        "p"))),
                Instant.now().plusSeconds(60), "http_503");
        var slots = store.slots("acme", "dev-1");
        assertThat(slots).filteredOn(Slot::isPending).extracting(Slot::credentialId)
                .containsExactlyInAnyOrder(left, progressed);
        assertThat(slots).filteredOn(s -> s.credentialId().equals(progressed)).singleElement()
                .satisfies(s -> assertThat(s.vendorRefs()).containsEntry("id", "p"));
        // not due before the backoff, and the attempt count survives (the adapter must look before writing again)
        assertThat(store.claimDue(10, Duration.ofSeconds(30), Duration.ZERO)).isEmpty();
        store.retryAt("acme", "dev-1", Instant.now().minusSeconds(1), null);
        assertThat(store.claimDue(10, Duration.ofSeconds(30), Duration.ZERO)).singleElement()
                .satisfies(t -> assertThat(t.attempts()).isEqualTo(2));
    }

    private long waitingOnLocks() throws SQLException {
        try (Connection c = db.connect();
                var statement = c.createStatement();
                var rows = statement.executeQuery("SELECT count(*) FROM pg_stat_activity WHERE datname = '"
                        + db.name() + "' AND wait_event_type = 'Lock'")) {
            rows.next();
            return rows.getLong(1);
        }
    }

    private long workRows(String target) throws SQLException {
        try (Connection c = db.connect();
                var statement = c.prepareStatement(
                        "SELECT count(*) FROM target_work WHERE target_id = ?")) {
            statement.setString(1, target);
            try (var rows = statement.executeQuery()) {
                rows.next();
                return rows.getLong(1);
            }
        }
    }

    private static SyncCommand command(UUID credential, long version) {
        return command(credential, version, "dev-1");
    }

    private static SyncCommand command(UUID credential, long version, String targetId) {
        return new SyncCommand(UUID.randomUUID(), "acme", credential, targetId, Vendor.JETSTREAM,
                new TargetAddress("js", "Dev-1", Map.of()), version, DesiredState.absent(CredentialKind.CARD,
                        new HolderRef(UUID.randomUUID(), "h", null)),
                CommandPriority.URGENT, CommandReason.REVOKE,
                Instant.now());
    }

}
