package io.credsync.simulator.host;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import io.credsync.simulator.kit.EnvSettings;
import io.credsync.simulator.kit.HostedSimulator;

import static org.assertj.core.api.Assertions.assertThat;

/** The host as the local stack runs it, on free ports: both simulators on their own ports, and its health. */
class SimulatorHostTest {

    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static SimulatorHost host;
    private static Path secrets;

    @BeforeAll
    static void startHost() throws Exception {
        secrets = Files.createTempDirectory("host-secrets").resolve("secrets");
        Map<String, String> env = new HashMap<>(Map.of(
                "CREDSYNC_SECRETS_DIR", secrets.toString(),
                "SIMULATORS_PORT", "0",
                "SIMULATORS_BIND_ADDRESS", "127.0.0.1",
                "JETSTREAM_SIM_PORT", "0",
                "JETSTREAM_SIM_ACCESS_KEY", "host-test-key",
                "JETSTREAM_SIM_DEVICES", "Lobby-1,Dock\\,3"));
        env.putAll(Map.of(
                "SEAM_SIM_PORT", "0",
                "SEAM_SIM_API_KEY", "seam_host_test_key",
                "SEAM_SIM_SYNC_DELAY", "50ms",
                "BASIP_SIM_PORT", "0",
                "BASIP_SIM_PANELS", "gate-1",
                "INTSERV_SIM_PORT", "0",
                "INTSERV_SIM_API_KEY", "intserv-host-test-key",
                "GENETEC_SIM_PORT", "0",
                "GENETEC_SIM_TENANT", "host-test-tenant"));
        host = SimulatorHost.start(new EnvSettings(env));
    }

    @AfterAll
    static void stopHost() {
        host.close();
    }

    @Test
    void shouldFindEverySimulatorDeclaredOnItsClassPath() {
        assertThat(SimulatorHost.SIMULATORS).extracting(HostedSimulator::name)
                .containsExactly("jetstream-simulator", "seam-simulator", "basip-simulator",
                        "intserv-simulator", "genetec-simulator");
    }

    @Test
    void shouldLeaveEachSimulatorsKeysUnderTheLocalSecretRefsForTheRuntimes() throws Exception {
        assertThat(Files.readString(secrets.resolve("jetstream-local-key"))).isEqualTo("host-test-key");
        assertThat(Files.readString(secrets.resolve("seam-local-key"))).isEqualTo("seam_host_test_key");
        assertThat(Files.readString(secrets.resolve("seam-local-webhook"))).startsWith("whsec_");
        assertThat(Files.readString(secrets.resolve("basip-local-key"))).isEqualTo("admin:123456");
        assertThat(Files.readString(secrets.resolve("intserv-local-key"))).isEqualTo("intserv-host-test-key");
        assertThat(Files.readString(secrets.resolve("genetec-local-key"))).contains("\"TenantId\":\"host-test-tenant\"",
                "\"ServicePrincipalKey\":\"-----BEGIN PRIVATE KEY-----");
        assertThat(Files.getPosixFilePermissions(secrets.resolve("seam-local-key")))
                .containsExactlyInAnyOrder(PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_WRITE);
        try (var files = Files.list(secrets)) {
            assertThat(files.map(file -> file.getFileName().toString()))
                    .containsExactlyInAnyOrder("jetstream-local-key", "seam-local-key", "seam-local-webhook",
                            "basip-local-key", "intserv-local-key", "genetec-local-key");
        }
    }

    @Test
    void shouldBeReady() throws Exception {
        // When
        HttpResponse<String> response = get(host.healthUrl() + "/q/health/ready", Map.of());

        // Then
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).contains("\"status\":\"UP\"", "jetstream-simulator", "seam-simulator",
                "basip-simulator", "intserv-simulator", "genetec-simulator");
    }

    @Test
    void shouldServeJetstreamWithItsConfiguredDevicesAndKey() throws Exception {
        // When
        HttpResponse<String> stored = get(host.baseUrl("jetstream-simulator") + "/3/devices/Dock,3/credentials/basic",
                Map.of("AccessKey", "host-test-key"));
        HttpResponse<String> refused = get(host.baseUrl("jetstream-simulator") + "/3/devices/Lobby-1/credentials/basic",
                Map.of("AccessKey", "wrong"));

        // Then
        assertThat(stored.statusCode()).isEqualTo(200);
        assertThat(stored.body()).isEqualTo("[]");
        assertThat(refused.statusCode()).isEqualTo(401);
    }

    @Test
    void shouldServeSeamWithItsSeedFixturesAndKey() throws Exception {
        // When
        HttpResponse<String> systems = post(host.baseUrl("seam-simulator") + "/acs/systems/list",
                Map.of("Authorization", "Bearer seam_host_test_key"));

        // Then
        assertThat(systems.statusCode()).isEqualTo(200);
        assertThat(systems.body()).contains("5ea5eed0-0000-4000-8000-00000000a001");
    }

    @Test
    void shouldServeBasIpWithItsConfiguredPanels() throws Exception {
        // When: the default password 123456, as its MD5
        HttpResponse<String> login = get(host.baseUrl("basip-simulator")
                + "/panels/gate-1/api/v1/login?username=admin&password=e10adc3949ba59abbe56e057f20f883e", Map.of());

        // Then
        assertThat(login.statusCode()).isEqualTo(200);
        assertThat(login.body()).contains("token");
    }

    @Test
    void shouldServeIntServWithItsKeyAndTheLocalAccessSystems() throws Exception {
        // When
        HttpResponse<String> levels = post(host.baseUrl("intserv-simulator") + "/v1/accesslevels/list",
                Map.of("Authorization", "Bearer intserv-host-test-key"));
        HttpResponse<String> refused = post(host.baseUrl("intserv-simulator") + "/v1/accesslevels/list",
                Map.of("Authorization", "Bearer wrong"));

        // Then
        assertThat(levels.statusCode()).isEqualTo(200);
        assertThat(levels.body()).contains("main-building", "garage");
        assertThat(refused.statusCode()).isEqualTo(401);
    }

    @Test
    void shouldServeEachSimulatorsControlApiOnItsOwnPort() throws Exception {
        // When
        HttpResponse<String> jetstream = get(host.baseUrl("jetstream-simulator") + "/_control/devices", Map.of());
        HttpResponse<String> seam = get(host.baseUrl("seam-simulator") + "/_control/workspace", Map.of());

        // Then
        assertThat(jetstream.body()).contains("Lobby-1").doesNotContain("acs_systems");
        assertThat(seam.body()).contains("acs_systems").doesNotContain("Lobby-1");
    }

    private static HttpResponse<String> get(String url, Map<String, String> headers) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url));
        headers.forEach(request::header);
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static HttpResponse<String> post(String url, Map<String, String> headers) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{}"));
        headers.forEach(request::header);
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
