package io.credsync.stack;

import java.util.List;
import java.util.Map;

/**
 * The services and simulators {@code ./credsync up} runs, in start order. Adding one is one line; a module
 * without sources or without a built quarkus-run.jar is skipped with a note, so entries may precede their code.
 */
final class ServiceCatalogue {

    static final List<ServiceSpec> ALL = List.of(
            // Vendor simulators first: the dispatchers call them
            new ServiceSpec("jetstream-simulator", "simulators/jetstream-simulator", 8201),
            new ServiceSpec("seam-simulator", "simulators/seam-simulator", 8202),
            new ServiceSpec("credential-registry", "services/credential-registry", 8101, Map.of(
                    // the registry's own %dev keys (public, local data only) and its dev token endpoint
                    "CREDSYNC_ENCRYPTION_KEYS", "dev=ZGV2LW9ubHkta2V5LW5vdC1mb3ItcmVhbC1zZWNyZXQ=",
                    "CREDSYNC_ENCRYPTION_ACTIVE_KEY", "dev",
                    "CREDSYNC_JWT_PUBLIC_KEY_LOCATION", "dev/jwt-public.pem",
                    "CREDSYNC_AUTH_DEV_TOKEN_ENABLED", "true")),
            new ServiceSpec("event-ingest", "services/event-ingest", 8102),
            new ServiceSpec("dispatcher-jetstream", "services/dispatchers/jetstream", 8103),
            new ServiceSpec("dispatcher-seam", "services/dispatchers/seam", 8104));

    private ServiceCatalogue() {
    }
}
