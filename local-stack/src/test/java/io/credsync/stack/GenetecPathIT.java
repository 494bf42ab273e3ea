package io.credsync.stack;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The Genetec Clearance path end to end, across the local stack's processes: registry → dispatcher (JWT-bearer token
 * from the simulator's STS, the device registered once, the secret negotiated and committed) → status. The service
 * principal's JSON connection file reaches the dispatcher as the secret file {@code genetec-local-key}.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class GenetecPathIT {

    private static final List<String> SERVICES = List.of("genetec-simulator", "credential-registry", "dispatcher");

    private RunningStack stack;

    @BeforeAll
    void startTheStack(@TempDir Path home) throws Exception {
        stack = RunningStack.start(home, SERVICES);
        stack.registry("PUT", "/v1/connections/genetec-local", Map.of("vendor", "genetec", "base_url",
                stack.url("genetec-simulator"), "secret_ref", "genetec-local-key"), 200);
        stack.registry("PUT", "/v1/targets/cams", Map.of("connection_id", "genetec-local", "address", "genetec"),
                200);
    }

    @AfterAll
    void stopTheStack() {
        if (stack != null) {
            stack.close();
        }
    }

    @Test
    void shouldRegisterTheDeviceOnceAndCommitEachSecretThenRotateItOnRevocation() throws Exception {
        // When a device secret is granted, then changed
        grant("s3cr3t-device-key-1");
        assertThat(syncedAt(1)).isTrue();
        stack.registry("PUT", "/v1/credentials/cam-1", body("s3cr3t-device-key-2"), 200);
        assertThat(syncedAt(2)).isTrue();
        // Then one device, and both secrets committed
        JsonNode devices = stack.control("genetec-simulator", "GET", "/_control/devices", null).get("devices");
        assertThat(devices).hasSize(1);
        assertThat(devices.get(0).get("DeviceIdentification").get("SerialNumber").asText()).isEqualTo("SN-1");
        assertThat(committed()).isGreaterThanOrEqualTo(2);
        // When it is revoked, Then a rotated secret is committed in its place
        stack.registry("POST", "/v1/credentials/cam-1/revoke", null, 200);
        assertThat(syncedAt(3)).isTrue();
        assertThat(committed()).isGreaterThanOrEqualTo(3);
    }

    private void grant(String secret) throws Exception {
        stack.registry("PUT", "/v1/credentials/cam-1", body(secret), 201);
    }

    private static Map<String, Object> body(String secret) {
        return Map.of("external_holder_id", "cam-1", "kind", "device_secret", "value", secret, "grants",
                List.of(Map.of("target_id", "cams", "parameters", Map.of("vendor", "genetec", "serial_number",
                        "SN-1", "manufacturer", "genetec", "model", "BWC-4", "common_name", "Body cam 1",
                        "device_type", "None"))));
    }

    private boolean syncedAt(int version) throws Exception {
        return stack.registry("GET", "/v1/credentials/cam-1/status?wait_for_version=" + version + "&timeout=PT60S",
                null, 200).get("synced_everywhere").asBoolean();
    }

    private long committed() throws Exception {
        long count = 0;
        for (JsonNode t : stack.control("genetec-simulator", "GET", "/_control/transactions", null)
                .get("transactions")) {
            if ("committed".equals(t.get("status").asText())) {
                count++;
            }
        }
        return count;
    }
}
