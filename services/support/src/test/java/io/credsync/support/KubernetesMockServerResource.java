package io.credsync.support;

import java.util.HashMap;
import java.util.Map;

import io.fabric8.kubernetes.client.server.mock.KubernetesCrudDispatcher;
import io.fabric8.kubernetes.client.server.mock.KubernetesMockServer;
import io.fabric8.mockwebserver.MockWebServer;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

/**
 * fabric8's API server in CRUD mode for a Quarkus test, with the extension's client pointed at it (what
 * {@code @WithKubernetesTestServer} does; its artifact is missing from Maven Central at 3.34.1).
 */
public class KubernetesMockServerResource implements QuarkusTestResourceLifecycleManager {

    static final String NAMESPACE = "credsync-test";

    private KubernetesMockServer server;

    @Override
    public Map<String, String> start() {
        server = new KubernetesMockServer(new io.fabric8.mockwebserver.Context(), new MockWebServer(), new HashMap<>(),
                new KubernetesCrudDispatcher(), true);
        server.init();
        var url = server.createClient().getConfiguration().getMasterUrl();
        return Map.of(
                "quarkus.kubernetes-client.api-server-url", url,
                "quarkus.kubernetes-client.trust-certs", "true",
                "quarkus.kubernetes-client.namespace", NAMESPACE);
    }

    @Override
    public void stop() {
        if (server != null) {
            server.destroy();
        }
    }
}
