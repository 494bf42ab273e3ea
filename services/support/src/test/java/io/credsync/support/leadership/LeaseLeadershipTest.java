package io.credsync.support.leadership;

import java.time.Duration;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import io.fabric8.kubernetes.api.model.coordination.v1.Lease;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.server.mock.EnableKubernetesMockClient;
import io.fabric8.kubernetes.client.server.mock.KubernetesMockServer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

@EnableKubernetesMockClient(crud = true)
class LeaseLeadershipTest {

    private static final String NAMESPACE = "credsync";
    private static final String LOCK = "credsync-event-ingest-seam-events-poll";
    // the first requests of a test JVM warm up the client (Vert.x, Jackson): slow on a shared build machine
    private static final Duration STARTUP = Duration.ofSeconds(15);
    private static final LeadershipTiming TIMING = LeadershipTiming.derivedFrom(Duration.ofSeconds(2));

    KubernetesClient client;
    KubernetesMockServer server;
    private final List<AutoCloseable> toClose = new ArrayList<>();

    @AfterEach
    void closeAll() throws Exception {
        Collections.reverse(toClose);
        for (var closeable : toClose) {
            closeable.close();
        }
    }

    /** A replica: its own client to the API server, as a separate pod would have. */
    private LeadershipClaim replica(String identity) {
        var own = server.createClient();
        var leadership = new KubernetesLeadership(own, NAMESPACE, identity, TIMING);
        toClose.add(own);
        toClose.add(leadership);
        return leadership.claim(LOCK);
    }

    private Lease lease() {
        return client.leases().inNamespace(NAMESPACE).withName(LOCK).get();
    }

    @Test
    void shouldTakeTheLeaseWhenNobodyHoldsIt() {
        // When
        var a = replica("a");
        // Then
        await().atMost(STARTUP).until(a::leads);
        assertThat(lease().getSpec().getHolderIdentity()).isEqualTo("a");
        assertThat(lease().getSpec().getLeaseDurationSeconds()).isEqualTo(2);
    }

    @Test
    void shouldLetOnlyOneOfTwoContendersLead() throws InterruptedException {
        // Given
        var a = replica("a");
        var b = replica("b");
        // When
        await().atMost(STARTUP).until(() -> a.leads() || b.leads());
        // Then, for longer than a lease: never both, and the follower knows who leads
        await().during(Duration.ofSeconds(3)).atMost(Duration.ofSeconds(4))
                .until(() -> a.leads() != b.leads());
        var leader = a.leads() ? a : b;
        var follower = a.leads() ? b : a;
        assertThat(follower.leader()).isEqualTo(leader.leader());
        assertThat(lease().getSpec().getHolderIdentity()).isEqualTo(leader.leader().orElseThrow());
    }

    @Test
    void shouldRenewTheLeaseWhileLeading() {
        // Given
        var a = replica("a");
        await().atMost(STARTUP).until(a::leads);
        ZonedDateTime firstRenewal = lease().getSpec().getRenewTime();
        // When time passes beyond the lease duration
        // Then
        await().atMost(Duration.ofSeconds(4)).until(() -> lease().getSpec().getRenewTime()
                .isAfter(firstRenewal.plusSeconds(2)));
        assertThat(a.leads()).isTrue();
        assertThat(lease().getSpec().getHolderIdentity()).isEqualTo("a");
    }

    @Test
    void shouldHandOverAtOnceWhenTheLeaderStops() {
        // Given
        var a = replica("a");
        await().atMost(STARTUP).until(a::leads);
        var b = replica("b");
        await().atMost(STARTUP).until(() -> b.leader().filter("a"::equals).isPresent());
        // When
        a.close();
        // Then the released Lease is taken within a retry period or two, well inside the lease time
        assertThat(a.leads()).isFalse();
        await().atMost(TIMING.leaseDuration()).until(b::leads);
        assertThat(lease().getSpec().getHolderIdentity()).isEqualTo("b");
    }

    @Test
    void shouldReplaceAKilledLeaderWithinTheLeaseTime() {
        // Given a leader, and a follower that saw it lead
        var killedClient = server.createClient();
        toClose.add(killedClient);
        var killed = new KubernetesLeadership(killedClient, NAMESPACE, "a", TIMING, false).claim(LOCK);
        await().atMost(STARTUP).until(killed::leads);
        var b = replica("b");
        await().atMost(STARTUP).until(() -> b.leader().filter("a"::equals).isPresent());
        // When the leader dies: it stops renewing and releases nothing
        killed.close();
        long killedAt = System.nanoTime();
        // Then
        await().during(TIMING.leaseDuration().minusMillis(500)).atMost(TIMING.leaseDuration())
                .until(() -> !b.leads() && "a".equals(lease().getSpec().getHolderIdentity()));
        // (the bound leaves a lease of slack to a loaded build machine; unloaded it is ~lease + one retry period)
        await().atMost(TIMING.leaseDuration().multipliedBy(2)).until(b::leads);
        assertThat(Duration.ofNanos(System.nanoTime() - killedAt))
                .isLessThanOrEqualTo(TIMING.leaseDuration().multipliedBy(2));
        assertThat(lease().getSpec().getHolderIdentity()).isEqualTo("b");
    }

    @Test
    void shouldStopLeadingWhenAnotherTakesTheLease() {
        // Given
        var a = replica("a");
        await().atMost(STARTUP).until(a::leads);
        // When someone else writes itself into the Lease (an operator, a split brain)
        // (optimistic locking: retried when the leader's renewal got there first)
        await().atMost(Duration.ofSeconds(3)).ignoreExceptions().until(() -> client.leases().inNamespace(NAMESPACE)
                .withName(LOCK).edit(lease -> {
                    lease.getSpec().setHolderIdentity("intruder");
                    lease.getSpec().setRenewTime(ZonedDateTime.now().plusSeconds(30));
                    return lease;
                }) != null);
        // Then
        await().atMost(STARTUP).until(() -> !a.leads());
        assertThat(a.leader()).contains("intruder");
    }
}
