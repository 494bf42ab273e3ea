package io.credsync.stack;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The services and simulators {@code ./credsync up} runs, in start order. Adding one is one line; a module
 * without sources or without a built quarkus-run.jar is skipped with a note, so entries may precede their code.
 */
final class ServiceCatalogue {

    /** The registry's %dev data key: public, for local data only. */
    private static final Map<String, String> DEV_KEYS = Map.of(
            "CREDSYNC_ENCRYPTION_KEYS", "dev=ZGV2LW9ubHkta2V5LW5vdC1mb3ItcmVhbC1zZWNyZXQ=",
            "CREDSYNC_ENCRYPTION_ACTIVE_KEY", "dev");

    /**
     * Every service, for the repository at {@code root}. The simulator host serves every simulator module that declares
     * itself ({@link SimulatorDeclarations}), each on its own port; the host leaves their keys in the stack's secrets
     * directory under the secret_refs of the README's connections, where the runtimes resolve them
     * ({@code CREDSYNC_SECRETS_DIR}, given to every process). No line here names a vendor.
     */
    static List<ServiceSpec> all(Path root) {
        List<SimulatorDeclarations.Declared> simulators = SimulatorDeclarations.under(root);
        List<String> simulatorInputs = new ArrayList<>(List.of("simulators/kit"));
        simulators.forEach(declared -> simulatorInputs.add(declared.module()));
        return List.of(
                // Vendor simulators first: the dispatchers call them, event-ingest receives their webhooks
                new ServiceSpec("simulators", "simulators/host", 8200, Map.of(
                        "SIMULATORS_PORT", "${QUARKUS_HTTP_PORT}",
                        "SIMULATORS_BIND_ADDRESS", "${QUARKUS_HTTP_HOST}"),
                        "target/simulator-host.jar", simulatorInputs,
                        simulators.stream().map(SimulatorDeclarations.Declared::port).toList()),
                new ServiceSpec("credential-registry", "services/credential-registry", 8101, with(DEV_KEYS, Map.of(
                        "CREDSYNC_JWT_PUBLIC_KEY_LOCATION", "dev/jwt-public.pem",
                        "CREDSYNC_AUTH_DEV_TOKEN_ENABLED", "true"))),
                new ServiceSpec("event-ingest", "services/event-ingest", 8102, with(DEV_KEYS,
                        Map.of("QUARKUS_PROFILE", "local"))),
                // one process for every vendor locally; in Kubernetes one Deployment per vendor of the same image
                new ServiceSpec("dispatcher", "services/dispatcher", 8103, DEV_KEYS));
    }

    /** Every process the stack runs: the catalogue with each credsync service repeated per replica. */
    static List<ServiceSpec> processes(StackConfig config) {
        return Replicas.of(all(config.root()), config.replicas());
    }

    private static Map<String, String> with(Map<String, String> a, Map<String, String> b) {
        var merged = new java.util.LinkedHashMap<>(a);
        merged.putAll(b);
        return merged;
    }

    private ServiceCatalogue() {
    }
}
