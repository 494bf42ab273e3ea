package io.credsync.bench.run;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.credsync.simulator.jetstream.JetstreamPaths;
import io.credsync.simulator.jetstream.JetstreamSimulator;
import io.credsync.simulator.seam.SeamSimulator;
import io.credsync.simulator.seam.SimulatedCredential;
import io.credsync.simulator.seam.SimulatedUser;
import io.credsync.simulator.seam.workspace.SyncState;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The naive loop against the embedded simulators: credentials alternate a card on one Jetstream device and a PIN on
 * one Seam access system. */
class NaiveBaselineTest {

    private static final String DEVICE = "Bench-0";

    private JetstreamSimulator jetstream;
    private SeamSimulator seam;
    private NaiveTargets targets;
    private List<BenchChange> changes;

    @BeforeEach
    void startSimulators() {
        jetstream = JetstreamSimulator.start(0, "naive-access-key");
        jetstream.device(DEVICE);
        seam = SeamSimulator.start(0, "seam_naive_key");
        seam.syncDelay(Duration.ZERO);
        String acsSystemId = seam.addAcsSystem("Bench site").acsSystemId();
        targets = new NaiveTargets(jetstream.baseUrl(), jetstream.accessKey(), seam.baseUrl(), seam.apiKey());
        changes = ChangeMix.generate("naive", 50, ChangeMix.Mix.DEFAULT, 2, List.of(
                List.of(new BenchChange.Target("js-0", "jetstream", DEVICE)),
                List.of(new BenchChange.Target("seam-0", "seam", acsSystemId))), 11);
    }

    @AfterEach
    void stopSimulators() {
        jetstream.close();
        seam.close();
    }

    @Test
    void shouldLeaveTheDeviceWithThePassesOfActiveCredentials() {
        // When
        NaiveBaseline.run(targets, changes);

        // Then
        var passes = Expected.of(changes, "jetstream").active().values().stream().map(BenchChange::cardValue)
                .toList();
        assertThat(passes).isNotEmpty();
        assertThat(jetstream.storedAcl(DEVICE)).containsExactlyInAnyOrderElementsOf(passes);
        assertThat(jetstream.deviceAcl(DEVICE)).containsExactlyInAnyOrderElementsOf(passes);
    }

    @Test
    void shouldLeaveOneLiveSeamCredentialPerUnrevokedCredentialWithSuspendedUsersSuspended() {
        // When
        NaiveBaseline.run(targets, changes);

        // Then
        var expected = Expected.of(changes, "seam");
        Map<String, SimulatedUser> users = seam.users().stream()
                .collect(Collectors.toMap(SimulatedUser::fullName, u -> u));
        assertThat(users).hasSize(expected.granted().size());
        for (var latest : expected.granted().values()) {
            var user = users.get(latest.holderId());
            var live = seam.credentials().stream().filter(c -> c.acsUserId().equals(user.acsUserId()))
                    .filter(NaiveBaselineTest::live).map(SimulatedCredential::code).toList();
            assertThat(live).as(latest.credentialId()).isEqualTo(latest.kind() == ChangeKind.REVOKE
                    ? List.of()
                    : List.of(latest.value()));
            assertThat(user.suspended()).as(latest.credentialId()).isEqualTo(latest.kind() == ChangeKind.SUSPEND);
        }
    }

    @Test
    void shouldMakeTwoJetstreamCallsPerChangeAndTheMinimalSeamCalls() {
        // Given
        long jetstreamChanges = changes.stream().filter(c -> on(c, "jetstream")).count();
        long seamChanges = changes.size() - jetstreamChanges;
        long seamGrants = changes.stream().filter(c -> on(c, "seam") && c.kind() == ChangeKind.GRANT).count();

        // When
        var result = NaiveBaseline.run(targets, changes);

        // Then
        assertThat(result.vendorCalls()).isEqualTo(2L * jetstreamChanges + seamChanges + seamGrants);
        assertThat(jetstream.requestCount("POST", JetstreamPaths.CREDENTIALS_SYNC)).isEqualTo(jetstreamChanges);
        assertThat(seam.requestCount("/acs/users/create")).isEqualTo(seamGrants);
        assertThat(result.changes()).isEqualTo(50);
        assertThat(result.p50Ms()).isPositive();
    }

    @Test
    void shouldWaitTheVendorLatencyOnEveryCallInTurn() throws Exception {
        // Given: every vendor call answers after 20 ms
        for (String base : List.of(jetstream.baseUrl(), seam.baseUrl())) {
            var answer = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(base
                    + "/_control/latency")).PUT(HttpRequest.BodyPublishers.ofString("{\"ms\":20,\"jitter_ms\":0}"))
                    .build(), HttpResponse.BodyHandlers.ofString());
            assertThat(answer.statusCode()).isEqualTo(200);
        }

        // When
        var result = NaiveBaseline.run(targets, changes.subList(0, 10));

        // Then
        assertThat(result.vendorCalls()).isGreaterThanOrEqualTo(10);
        assertThat(result.seconds() * 1000).isGreaterThanOrEqualTo(result.vendorCalls() * 20.0);
    }

    @Test
    void shouldStopNamingTheChangeAndCallWhenAVendorAnswersAnError() {
        // Given
        seam.faults().next(1).serverError("/acs/credentials/create", 503);
        int firstSeamChange = changes.stream().filter(c -> on(c, "seam")).findFirst().orElseThrow().seq();

        // When / Then
        assertThatThrownBy(() -> NaiveBaseline.run(targets, changes))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("change " + firstSeamChange + " (GRANT")
                .hasMessageContaining("POST /acs/credentials/create answered 503");
    }

    private static boolean on(BenchChange change, String vendor) {
        return change.targets().get(0).vendor().equals(vendor);
    }

    private static boolean live(SimulatedCredential credential) {
        return credential.state() != SyncState.DELETING && credential.state() != SyncState.DELETED;
    }

    /** The end state the changes describe on one vendor: each credential's latest change, and the ones still active. */
    private record Expected(Map<String, BenchChange> granted) {

        static Expected of(List<BenchChange> changes, String vendor) {
            var latest = new HashMap<String, BenchChange>();
            changes.stream().filter(c -> on(c, vendor)).forEach(c -> latest.put(c.credentialId(), c));
            return new Expected(latest);
        }

        Map<String, BenchChange> active() {
            var active = new HashMap<>(granted);
            active.values().removeIf(c -> Set.of(ChangeKind.SUSPEND, ChangeKind.REVOKE).contains(c.kind()));
            return active;
        }
    }
}
