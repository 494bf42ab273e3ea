package io.credsync.support.leadership;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import io.fabric8.kubernetes.client.KubernetesClient;

/**
 * Leadership by coordination.k8s.io Leases in the pod's namespace, one per lock, held by this replica's
 * {@code credsync.instance-id}. Needs {@code leases} get/list/watch/create/update/patch.
 */
public final class KubernetesLeadership implements Leadership {

    private final KubernetesClient client;
    private final String namespace;
    private final String identity;
    private final LeadershipTiming timing;
    private final boolean releaseOnClose;
    private final List<LeaseClaim> claims = new CopyOnWriteArrayList<>();

    public KubernetesLeadership(KubernetesClient client, String namespace, String identity, LeadershipTiming timing) {
        this(client, namespace, identity, timing, true);
    }

    /** Tests stand in for a killed replica with {@code releaseOnClose = false}: its Lease stays until it expires. */
    KubernetesLeadership(KubernetesClient client, String namespace, String identity, LeadershipTiming timing,
            boolean releaseOnClose) {
        this.client = client;
        this.namespace = namespace;
        this.identity = identity;
        this.timing = timing;
        this.releaseOnClose = releaseOnClose;
    }

    @Override
    public LeadershipClaim claim(String lockName) {
        var claim = new LeaseClaim(client, namespace, lockName, identity, timing, releaseOnClose);
        claims.add(claim);
        claim.start();
        return claim;
    }

    @Override
    public String kind() {
        return "kubernetes";
    }

    @Override
    public void close() {
        claims.forEach(LeaseClaim::close);
    }
}
