package io.credsync.dispatcher.runtime;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;

import javax.sql.DataSource;

import jakarta.inject.Inject;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.credsync.dispatcher.fake.FakeCommands;
import io.credsync.dispatcher.fake.FakeVendor;
import io.credsync.dispatcher.fake.FakeVendor.Step;
import io.credsync.dispatcher.fake.FakeVendor.Write;
import io.credsync.model.command.SyncCommand;
import io.credsync.model.outcome.SyncOutcome;
import io.credsync.model.outcome.SyncPhase;
import io.credsync.support.connections.FollowedConnections;
import io.credsync.testsupport.TopicProbe;
import io.credsync.testsupport.WithCredsyncInfra;
import io.credsync.testsupport.dispatch.DispatchTestkit;
import io.credsync.vendor.spi.VendorConnection;
import io.credsync.vendor.spi.VendorFailure;
import io.credsync.vendor.spi.dispatch.SlotResult;
import io.credsync.vendor.spi.dispatch.TargetResult;
import io.quarkus.test.junit.QuarkusTest;

import static io.credsync.dispatcher.fake.FakeCommands.present;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The dispatcher runtime's own mechanism (intake, ordering, retries, failures, rate limits, connections, dead
 * letters) with a scripted fake vendor, over real Kafka and PostgreSQL.
 */
@QuarkusTest
@WithCredsyncInfra(databasePrefix = "dispatcher")
class FakeVendorDispatchTest {

    private static final DispatchTestkit KIT = DispatchTestkit.of(FakeCommands.FAKE);

    @Inject
    DataSource pool;

    @Inject
    FollowedConnections connections;

    private String tenant;

    @BeforeEach
    void givenAFreshTenant() {
        tenant = DispatchTestkit.newTenant();
    }

    @Test
    void shouldApplyOneTargetsVersionsInOrder() {
        // Given
        var credential = UUID.randomUUID();
        var commands = List.of(present(tenant, credential, "door", 1), present(tenant, credential, "door", 2),
                present(tenant, credential, "door", 3));
        // When each version follows once the previous one is applied
        for (var command : commands) {
            KIT.send(command);
            KIT.outcomes(tenant).awaitPhase(command, SyncPhase.APPLIED);
        }
        // Then
        assertThat(FakeVendor.target(commands.get(0)).writes()).extracting(Write::version).containsExactly(1L, 2L, 3L);
    }

    @Test
    void shouldCoalesceABurstForOneTargetIntoFewCallsWithoutGoingBackwards() {
        // Given twenty credentials granted at once, and one of them changed four times in the same burst
        var burst = new ArrayList<SyncCommand>();
        for (int i = 0; i < 20; i++) {
            burst.add(present(tenant, UUID.randomUUID(), "hall", 1));
        }
        var changing = UUID.randomUUID();
        for (long version = 1; version <= 4; version++) {
            burst.add(present(tenant, changing, "hall", version));
        }
        // When
        KIT.send(burst.toArray(SyncCommand[]::new));
        // Then every credential ends applied at its latest version, in far fewer calls than commands
        var latest = burst.subList(0, 20).stream().toList();
        var last = burst.get(burst.size() - 1);
        KIT.outcomes(tenant).until(found -> latest.stream().allMatch(c -> applied(found, c)) && applied(found, last));
        var target = FakeVendor.target(last);
        assertThat(target.held(changing)).contains(4L);
        assertThat(target.writes()).filteredOn(w -> w.credentialId().equals(changing)).extracting(Write::version)
                .isSorted().doesNotHaveDuplicates().endsWith(4L);
        assertThat(target.calls()).hasSizeBetween(1, 5);
    }

    @Test
    void shouldReportAnOlderVersionSupersededAndNeverApplyIt() {
        // Given version 3 taken in
        var credential = UUID.randomUUID();
        var newer = present(tenant, credential, "gate", 3);
        KIT.send(newer);
        KIT.outcomes(tenant).awaitPhase(newer, SyncPhase.APPLIED);
        // When version 2 arrives late, followed by a command for another credential of the target
        var older = present(tenant, credential, "gate", 2);
        var after = present(tenant, UUID.randomUUID(), "gate", 1);
        KIT.send(older, after);
        // Then
        var superseded = KIT.outcomes(tenant).awaitPhase(older, SyncPhase.SUPERSEDED);
        assertThat(superseded.version()).isEqualTo(2);
        KIT.outcomes(tenant).awaitPhase(after, SyncPhase.APPLIED);
        assertThat(FakeVendor.target(newer).writes()).filteredOn(w -> w.credentialId().equals(credential))
                .extracting(Write::version).containsExactly(3L);
    }

    @Test
    void shouldIgnoreARepeatedCommandId() {
        // Given a command applied
        var command = present(tenant, UUID.randomUUID(), "lift", 1);
        KIT.send(command);
        KIT.outcomes(tenant).awaitPhase(command, SyncPhase.APPLIED);
        // When it is delivered again, followed by another command for the target
        var after = present(tenant, UUID.randomUUID(), "lift", 1);
        KIT.send(command, after);
        // Then the repeat changed nothing
        assertThat(KIT.outcomes(tenant).until(found -> applied(found, after)))
                .filteredOn(o -> o.commandId().equals(command.commandId())).extracting(SyncOutcome::phase)
                .containsExactly(SyncPhase.APPLIED);
        assertThat(FakeVendor.target(command).writes()).filteredOn(w -> w.credentialId().equals(command
                .credentialId())).hasSize(1);
    }

    @Test
    void shouldReportEachSlotAsTheVendorAnsweredIt() {
        // Given a vendor that queues one credential, accepts one and refuses one
        var queued = present(tenant, UUID.randomUUID(), "panel", 1);
        var accepted = present(tenant, UUID.randomUUID(), "panel", 1);
        var refused = present(tenant, UUID.randomUUID(), "panel", 1);
        // the same answers whether the three arrive in one conversation or in several
        Step answers = Step.each(slot -> {
            if (slot.credentialId().equals(queued.credentialId())) {
                return SlotResult.of(slot.credentialId(), SyncPhase.QUEUED_ON_DEVICE, Map.of("fake.queue", "q1"));
            }
            if (slot.credentialId().equals(accepted.credentialId())) {
                return SlotResult.of(slot.credentialId(), SyncPhase.ACCEPTED, Map.of("fake.ref", "a1"));
            }
            return SlotResult.failed(slot.credentialId(), "fake_bad_card", "card number refused");
        });
        FakeVendor.target(queued).then(answers, answers, answers);
        // When
        KIT.send(queued, accepted, refused);
        // Then
        var outcomes = KIT.outcomes(tenant);
        assertThat(outcomes.awaitPhase(queued, SyncPhase.QUEUED_ON_DEVICE).vendorRefs())
                .containsEntry("fake.queue", "q1");
        assertThat(outcomes.awaitPhase(accepted, SyncPhase.ACCEPTED).vendorRefs()).containsEntry("fake.ref", "a1");
        var failed = outcomes.awaitPhase(refused, SyncPhase.FAILED);
        assertThat(failed.errorCode()).isEqualTo("fake_bad_card");
        assertThat(failed.vendorMessage()).isEqualTo("card number refused");
    }

    /**
     * Issue 15 (the SPI part): an adapter may ask to look at a target again with nothing pending, and may report on
     * slots that are not pending (a Jetstream full list confirms what an earlier queued sync carried).
     */
    @Test
    void shouldCallTheAdapterAgainWhenItAsksForARecheckAndReportWhatItSaysOfSlotsNotPending() {
        // Given a vendor that queues the slot and asks to be asked again, then confirms it on the recheck
        var command = present(tenant, UUID.randomUUID(), "kiosk", 1);
        FakeVendor.target(command).then(
                (work, target) -> Step.answer(SyncPhase.QUEUED_ON_DEVICE).play(work, target)
                        .recheckingIn(Duration.ofMillis(300)),
                (work, target) -> new TargetResult(work.all().stream()
                        .map(slot -> SlotResult.of(slot.credentialId(), SyncPhase.APPLIED, Map.of("fake.ref", "seen")))
                        .toList(), 1));
        // When
        KIT.send(command);
        // Then the queued slot is confirmed by the recheck, which saw nothing pending
        var outcomes = KIT.outcomes(tenant);
        outcomes.awaitPhase(command, SyncPhase.QUEUED_ON_DEVICE);
        var confirmed = outcomes.awaitPhase(command, SyncPhase.APPLIED);
        assertThat(confirmed.version()).isEqualTo(1);
        assertThat(confirmed.vendorRefs()).containsEntry("fake.ref", "seen");
        var calls = FakeVendor.target(command).calls();
        assertThat(calls).hasSize(2);
        assertThat(calls.get(1).pending()).isEmpty();
    }

    @Test
    void shouldAnnounceRetriesOfATransientFailureThenApply() {
        // Given a target whose first two calls fail with a 503
        var command = present(tenant, UUID.randomUUID(), "east", 1);
        var unavailable = new VendorFailure(VendorFailure.Kind.TRANSIENT, "http_503", "try later", null, 503, null);
        FakeVendor.target(command).then(Step.fail(unavailable), Step.fail(unavailable));
        // When
        KIT.send(command);
        // Then
        var outcomes = KIT.outcomes(tenant).ofCommandThrough(command, SyncPhase.APPLIED);
        assertThat(outcomes).extracting(SyncOutcome::phase).containsExactly(SyncPhase.RETRYING, SyncPhase.RETRYING,
                SyncPhase.APPLIED);
        assertThat(outcomes.subList(0, 2)).allSatisfy(o -> {
            assertThat(o.errorCode()).isEqualTo("http_503");
            assertThat(o.vendorMessage()).isEqualTo("try later");
            assertThat(o.nextAttemptAt()).isAfter(o.occurredAt());
        });
        assertThat(FakeVendor.target(command).calls()).extracting(FakeVendor.Call::attempt).containsExactly(1, 2, 3);
    }

    @Test
    void shouldFailThePendingSlotsWithTheVendorsCodeOnAPermanentFailure() {
        // Given a target the vendor does not know
        var command = present(tenant, UUID.randomUUID(), "nowhere", 1);
        FakeVendor.target(command).then(Step.fail(VendorFailure.permanent("fake_unknown_panel", "no such panel")));
        // When
        KIT.send(command);
        // Then it fails at once, and a newer version is tried again
        var failed = KIT.outcomes(tenant).awaitPhase(command, SyncPhase.FAILED);
        assertThat(failed.errorCode()).isEqualTo("fake_unknown_panel");
        assertThat(failed.vendorMessage()).isEqualTo("no such panel");
        var newer = present(tenant, command.credentialId(), "nowhere", 2);
        KIT.send(newer);
        KIT.outcomes(tenant).awaitPhase(newer, SyncPhase.APPLIED);
        assertThat(FakeVendor.target(command).calls()).extracting(FakeVendor.Call::pendingVersions)
                .containsExactly(List.of(1L), List.of(2L));
    }

    @Test
    void shouldFailOnlyTheVersionTheVendorRefusedWhenANewerOneArrivesDuringTheCall() throws Exception {
        // Given a call about version 1 that the vendor will refuse for good, still under way
        var v1 = present(tenant, UUID.randomUUID(), "slow", 1);
        var gate = new CountDownLatch(1);
        var target = FakeVendor.target(v1).then(Step.after(gate, Step.fail(VendorFailure.permanent("fake_refused",
                "refused"))));
        KIT.send(v1);
        await().atMost(Duration.ofSeconds(10)).until(() -> target.calls().size() == 1);
        // When version 2 is taken in before the vendor answers
        var v2 = present(tenant, v1.credentialId(), "slow", 2);
        KIT.send(v2);
        await().atMost(Duration.ofSeconds(10)).until(() -> desiredVersion(v2) == 2);
        gate.countDown();
        // Then version 1 failed, and version 2 was put to the vendor rather than failed unseen
        assertThat(KIT.outcomes(tenant).awaitPhase(v1, SyncPhase.FAILED).errorCode()).isEqualTo("fake_refused");
        KIT.outcomes(tenant).awaitPhase(v2, SyncPhase.APPLIED);
        assertThat(target.calls()).extracting(FakeVendor.Call::pendingVersions).containsExactly(List.of(1L),
                List.of(2L));
    }

    @Test
    void shouldTellTheAdapterItIsRetryingAfterAnAmbiguousFailureSoTheSlotIsWrittenOnce() {
        // Given a vendor that performs the write but whose answer is lost
        var command = present(tenant, UUID.randomUUID(), "west", 1);
        FakeVendor.target(command).then(Step.writeThenLoseTheAnswer());
        // When
        KIT.send(command);
        // Then the next attempt says it is one (the fake reads back then) and the slot is written once
        var outcomes = KIT.outcomes(tenant).ofCommandThrough(command, SyncPhase.APPLIED);
        assertThat(outcomes).extracting(SyncOutcome::phase).containsExactly(SyncPhase.RETRYING, SyncPhase.APPLIED);
        assertThat(outcomes.get(0).errorCode()).isEqualTo("timeout");
        var target = FakeVendor.target(command);
        assertThat(target.calls()).extracting(FakeVendor.Call::attempt).containsExactly(1, 2);
        assertThat(target.writes()).containsExactly(new Write(command.credentialId(), 1));
    }

    @Test
    void shouldPauseTheWholeConnectionForRetryAfter() {
        // Given a target answered 429 with Retry-After 1 s
        var limited = present(tenant, UUID.randomUUID(), "limited", 1);
        FakeVendor.target(limited).then(Step.tooManyRequests(Duration.ofSeconds(1)));
        KIT.send(limited);
        var first = awaitCalls(limited, 1).get(0);
        // When another target of the same connection has work
        var other = present(tenant, UUID.randomUUID(), "other", 1);
        KIT.send(other);
        // Then neither is called before the pause is over
        KIT.outcomes(tenant).awaitPhase(other, SyncPhase.APPLIED);
        KIT.outcomes(tenant).awaitPhase(limited, SyncPhase.APPLIED);
        var retry = FakeVendor.target(limited).calls().get(1);
        var otherCall = FakeVendor.target(other).calls().get(0);
        assertThat(Duration.between(first.at(), retry.at())).isGreaterThanOrEqualTo(Duration.ofMillis(950));
        assertThat(Duration.between(first.at(), otherCall.at())).isGreaterThanOrEqualTo(Duration.ofMillis(950));
    }

    @Test
    void shouldNotPauseAnotherTenantsConnectionOfTheSameId() {
        // Given tenant A's connection "fake" answered 429 with a long Retry-After
        var limited = present(tenant, UUID.randomUUID(), "limited", 1);
        FakeVendor.target(limited).then(Step.tooManyRequests(Duration.ofSeconds(5)));
        KIT.send(limited);
        awaitCalls(limited, 1);
        // When tenant B, whose own connection is also called "fake", has work
        String other = DispatchTestkit.newTenant();
        var command = present(other, UUID.randomUUID(), "door", 1);
        KIT.send(command);
        // Then B's connection is not paused by A's vendor account
        KIT.outcomes(other).awaitPhase(command, SyncPhase.APPLIED);
        assertThat(FakeVendor.target(limited).calls()).hasSize(1);
    }

    @Test
    void shouldRetryAnUnknownConnectionUntilTheRegistryDefinesIt() {
        // Given a command whose connection is not defined
        var command = present(tenant, UUID.randomUUID(), "door", 1);
        KIT.sendOnly(command);
        var retrying = KIT.outcomes(tenant).awaitPhase(command, SyncPhase.RETRYING);
        assertThat(retrying.errorCode()).isEqualTo("unknown_connection");
        assertThat(retrying.nextAttemptAt()).isNotNull();
        // When the registry defines it
        FakeCommands.FAKE.defineFor(tenant);
        // Then
        KIT.outcomes(tenant).awaitPhase(command, SyncPhase.APPLIED);
        assertThat(FakeVendor.target(command).calls()).hasSize(1);
    }

    @Test
    void shouldUseAChangedBaseUrlWithoutRestart() throws Exception {
        // Given a connection used at its first base URL
        FakeCommands.FAKE.withBaseUrl("http://first.invalid/").defineFor(tenant);
        var v1 = present(tenant, UUID.randomUUID(), "door", 1);
        KIT.sendOnly(v1);
        KIT.outcomes(tenant).awaitPhase(v1, SyncPhase.APPLIED);
        // When the registry moves it, and the runtime has read that
        FakeCommands.FAKE.withBaseUrl("http://second.invalid/").defineFor(tenant);
        awaitFollowed(c -> c.baseUrl().toString().equals("http://second.invalid/"));
        var v2 = present(tenant, v1.credentialId(), "door", 2);
        KIT.sendOnly(v2);
        // Then
        KIT.outcomes(tenant).awaitPhase(v2, SyncPhase.APPLIED);
        assertThat(FakeVendor.target(v1).calls()).extracting(c -> c.connection().baseUrl().toString())
                .containsExactly("http://first.invalid/", "http://second.invalid/");
    }

    @Test
    void shouldUseALoweredRateWithoutRestart() throws Exception {
        // Given a connection used at 200 calls per second
        FakeCommands.FAKE.defineFor(tenant);
        var warmUp = present(tenant, UUID.randomUUID(), "t0", 1);
        KIT.sendOnly(warmUp);
        KIT.outcomes(tenant).awaitPhase(warmUp, SyncPhase.APPLIED);
        // When the registry lowers it to 1 per second, and three targets have work
        FakeCommands.FAKE.withRate(1).defineFor(tenant);
        awaitFollowed(c -> c.ratePerSecond() == 1);
        var commands = List.of(present(tenant, UUID.randomUUID(), "t1", 1), present(tenant, UUID.randomUUID(),
                "t2", 1), present(tenant, UUID.randomUUID(), "t3", 1));
        KIT.sendOnly(commands.toArray(SyncCommand[]::new));
        // Then the three calls are spread over about two seconds
        KIT.outcomes(tenant).until(found -> commands.stream().allMatch(c -> applied(found, c)));
        var times = commands.stream().map(c -> FakeVendor.target(c).calls().get(0).at()).sorted().toList();
        assertThat(Duration.between(times.get(0), times.get(2))).isGreaterThanOrEqualTo(Duration.ofMillis(1500));
    }

    @Test
    void shouldDeadLetterAPoisonCommandAndTakeTheNextOne() {
        // Given a record that is not a command, followed on its partition by a valid command
        var command = present(tenant, UUID.randomUUID(), "door", 1);
        String marker = tenant + "-poison";
        FakeCommands.FAKE.defineFor(tenant);
        // When
        KIT.sendRaw(command.partitionKey(), "{\"command_id\":\"" + marker);
        KIT.sendOnly(command);
        // Then
        var dead = KIT.awaitDeadLetters(marker);
        assertThat(TopicProbe.header(dead.get(0), "dead-letter-reason")).contains("not a valid SyncCommand");
        KIT.outcomes(tenant).awaitPhase(command, SyncPhase.APPLIED);
    }

    private static boolean applied(List<SyncOutcome> found, SyncCommand command) {
        return found.stream().anyMatch(o -> o.commandId().equals(command.commandId())
                && o.phase() == SyncPhase.APPLIED);
    }

    private static List<FakeVendor.Call> awaitCalls(SyncCommand command, int count) {
        var target = FakeVendor.target(command);
        await().atMost(Duration.ofSeconds(10)).until(() -> target.calls().size() >= count);
        return target.calls();
    }

    private void awaitFollowed(java.util.function.Predicate<VendorConnection> changed) {
        await().atMost(Duration.ofSeconds(10)).until(() -> connections.find(tenant, FakeCommands.CONNECTION)
                .filter(changed).isPresent());
    }

    private long desiredVersion(SyncCommand command) throws Exception {
        try (var c = pool.getConnection();
                var s = c.prepareStatement("SELECT desired_version FROM "
                        + "dispatcher_" + FakeVendor.VENDOR.id() + ".slot WHERE tenant = ? AND target_id = ? AND "
                        + "credential_id = ?")) {
            s.setString(1, command.tenant());
            s.setString(2, command.targetId());
            s.setObject(3, command.credentialId());
            try (var rows = s.executeQuery()) {
                return rows.next() ? rows.getLong(1) : 0;
            }
        }
    }
}
