package io.credsync.stack;

import java.util.List;
import java.util.Map;

/**
 * The services and simulators {@code ./credsync up} runs, in start order. Adding one is one line; a module
 * without sources or without a built quarkus-run.jar is skipped with a note, so entries may precede their code.
 */
final class ServiceCatalogue {

    /** The simulator's well-known AccessKey in the local stack (a simulator, not a secret). */
    static final String JETSTREAM_ACCESS_KEY = "6a0c9b0e-5d1f-4c6e-9b7a-3c2d1e0f4a5b";

    /** The Seam simulator's API key and webhook signing secret in the local stack (a simulator: not secrets). */
    static final String SEAM_API_KEY = "seam_simkey1_credsyncLocalSeamSimulator";
    static final String SEAM_WEBHOOK_SECRET = "whsec_Y3JlZHN5bmMtbG9jYWwtc2VhbS13ZWJob29rLWtleSE=";

    /** The registry's %dev data key: public, for local data only. */
    private static final Map<String, String> DEV_KEYS = Map.of(
            "CREDSYNC_ENCRYPTION_KEYS", "dev=ZGV2LW9ubHkta2V5LW5vdC1mb3ItcmVhbC1zZWNyZXQ=",
            "CREDSYNC_ENCRYPTION_ACTIVE_KEY", "dev");

    /** The simulators' keys under the secret_refs the README's connections use. */
    private static final Map<String, String> SIMULATOR_SECRETS = Map.of(
            "CREDSYNC_SECRET_JETSTREAM_LOCAL_KEY", JETSTREAM_ACCESS_KEY,
            "CREDSYNC_SECRET_SEAM_LOCAL_KEY", SEAM_API_KEY,
            "CREDSYNC_SECRET_SEAM_LOCAL_WEBHOOK", SEAM_WEBHOOK_SECRET);

    static final List<ServiceSpec> ALL = List.of(
            // Vendor simulators first: the dispatchers call them. One process, each simulator on its own port; Seam's
            // webhooks go to event-ingest's endpoint for connection "seam-local", signed the Svix way
            new ServiceSpec("simulators", "simulators/host", 8200, Map.of(
                    "SIMULATORS_PORT", "${QUARKUS_HTTP_PORT}",
                    "SIMULATORS_BIND_ADDRESS", "${QUARKUS_HTTP_HOST}",
                    "JETSTREAM_SIM_ACCESS_KEY", JETSTREAM_ACCESS_KEY,
                    "JETSTREAM_SIM_DEVICES", "Lobby-1,Garage-2",
                    "SEAM_SIM_API_KEY", SEAM_API_KEY,
                    "SEAM_SIM_WEBHOOK_URL", "${CREDSYNC_EVENT_INGEST_URL}/webhooks/seam/seam-local",
                    "SEAM_SIM_WEBHOOK_SECRET", SEAM_WEBHOOK_SECRET),
                    "target/simulator-host.jar",
                    List.of("simulators/kit", "simulators/jetstream-simulator", "simulators/seam-simulator"),
                    List.of(new ServiceSpec.ExtraPort("jetstream-simulator", 8201, "JETSTREAM_SIM_PORT"),
                            new ServiceSpec.ExtraPort("seam-simulator", 8202, "SEAM_SIM_PORT"))),
            new ServiceSpec("credential-registry", "services/credential-registry", 8101, with(DEV_KEYS, Map.of(
                    "CREDSYNC_JWT_PUBLIC_KEY_LOCATION", "dev/jwt-public.pem",
                    "CREDSYNC_AUTH_DEV_TOKEN_ENABLED", "true"))),
            // The registry's connections (README: jetstream-local, seam-local) name their secrets by secret_ref;
            // the runtimes resolve them from CREDSYNC_SECRET_<REF> (docs/operations.md, Connections and secrets)
            new ServiceSpec("event-ingest", "services/event-ingest", 8102, with(DEV_KEYS, with(SIMULATOR_SECRETS,
                    Map.of("QUARKUS_PROFILE", "local")))),
            // one process for every vendor locally; in Kubernetes one Deployment per vendor of the same image
            new ServiceSpec("dispatcher", "services/dispatcher", 8103, with(DEV_KEYS, SIMULATOR_SECRETS)));

    private static Map<String, String> with(Map<String, String> a, Map<String, String> b) {
        var merged = new java.util.LinkedHashMap<>(a);
        merged.putAll(b);
        return merged;
    }

    private ServiceCatalogue() {
    }
}
