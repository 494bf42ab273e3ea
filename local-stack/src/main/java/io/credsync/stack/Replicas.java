package io.credsync.stack;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;

/**
 * {@code ./credsync up --replicas N}: N processes of every credsync service, as a Deployment with N replicas would run
 * them. Replica 1 keeps the service's name and port; replica r is {@code <name>-r} on the port 10 × (r − 1) above
 * (dispatcher 8103, dispatcher-2 8113), moved like any service by {@code CREDSYNC_<NAME>_R_PORT}. Each is told its
 * stable name ({@code CREDSYNC_INSTANCE_ID}), as a pod is: Kafka static membership and its own dispatch leases follow
 * it across a restart. A process serving fixed extra ports (the simulator host) runs once.
 */
final class Replicas {

    static final int MAX = 9;
    static final String INSTANCE_VARIABLE = "CREDSYNC_INSTANCE_ID";

    private Replicas() {
    }

    static List<ServiceSpec> of(List<ServiceSpec> services, int replicas) {
        if (replicas < 1 || replicas > MAX) {
            throw new StackException("replicas must be from 1 to " + MAX + ", got " + replicas);
        }
        List<ServiceSpec> expanded = new ArrayList<>();
        for (ServiceSpec spec : services) {
            if (!spec.extraPorts().isEmpty()) {
                expanded.add(spec);
                continue;
            }
            for (int r = 1; r <= replicas; r++) {
                expanded.add(replica(spec, r));
            }
        }
        return expanded;
    }

    private static ServiceSpec replica(ServiceSpec spec, int r) {
        String name = r == 1 ? spec.name() : spec.name() + "-" + r;
        var env = new LinkedHashMap<>(spec.env());
        env.put(INSTANCE_VARIABLE, name);
        return new ServiceSpec(name, spec.module(), spec.port() + 10 * (r - 1), env, spec.jar(), spec.inputs(),
                spec.extraPorts());
    }
}
