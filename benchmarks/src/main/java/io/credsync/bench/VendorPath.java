package io.credsync.bench;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;

import io.credsync.model.Vendor;
import io.credsync.model.credential.ChangeOperation;
import io.credsync.model.credential.CredentialChange;
import io.credsync.model.credential.CredentialKind;
import io.credsync.model.credential.Grant;
import io.credsync.model.credential.GrantParameters;
import io.credsync.model.credential.HolderDetails;
import io.credsync.model.crypto.EnvelopeContext;
import io.credsync.model.crypto.KeyRing;
import io.credsync.model.crypto.SecretValue;
import io.credsync.model.crypto.ValueCipher;
import io.credsync.model.json.Json;

/** What differs between vendors in the path benchmark: processes, targets, the change sent, and vendor calls. */
interface VendorPath {

    /** The simulators answer as fast as they can: the connection's rate is not what is measured. */
    int SIMULATOR_RATE = 1000;

    ValueCipher CIPHER = new ValueCipher(KeyRing.parse(Bench.DEV_KEYS, "dev"));

    Vendor vendor();

    /** The stack's processes for this path. */
    List<String> services();

    String simulator();

    /** Registers the connection and {@code count} targets (creating them at the simulator); returns target ids. */
    List<String> setUp(Bench.Api api, Bench.Simulator simulator, int count) throws Exception;

    CredentialChange grant(String phase, int seq, String targetId);

    /** Vendor API calls so far, from the simulator's counters (polls and read-backs included). */
    default long vendorCalls(Bench.Simulator simulator) throws Exception {
        long calls = 0;
        for (JsonNode count : counters(simulator)) {
            calls += count.asLong();
        }
        return calls;
    }

    /** Calls that change the vendor's state: what coalescing saves. */
    long vendorWrites(Bench.Simulator simulator) throws Exception;

    /** The simulator's request counters by route. */
    JsonNode counters(Bench.Simulator simulator) throws Exception;

    /** Jetstream: one card per change; a device's list is PUT and synced per conversation. */
    final class Jetstream implements VendorPath {

        @Override
        public Vendor vendor() {
            return Vendor.JETSTREAM;
        }

        @Override
        public List<String> services() {
            return List.of("simulators", "jetstream-simulator", "credential-registry", "event-ingest", "dispatcher");
        }

        @Override
        public String simulator() {
            return "jetstream-simulator";
        }

        @Override
        public List<String> setUp(Bench.Api api, Bench.Simulator simulator, int count) throws Exception {
            api.put("/v1/connections/jetstream-local", "{\"vendor\":\"jetstream\",\"base_url\":\"" + simulator.base()
                    + "\",\"secret_ref\":\"jetstream-local-key\",\"rate_limit_per_second\":" + SIMULATOR_RATE + "}");
            var targets = new ArrayList<String>();
            for (int d = 0; d < count; d++) {
                simulator.call("PUT", "/_control/devices/Bench-" + d, "{\"online\":true}");
                api.put("/v1/targets/Bench-" + d, "{\"connection_id\":\"jetstream-local\",\"address\":\"Bench-" + d
                        + "\"}");
                targets.add("Bench-" + d);
            }
            return targets;
        }

        @Override
        public CredentialChange grant(String phase, int seq, String targetId) {
            String credentialId = phase + "-card-" + seq;
            String pass = String.format("%012X", (long) seq * 7919 + 0xC00000000L);
            return change(phase, seq, credentialId, CredentialKind.CARD, pass, new Grant(targetId,
                    new GrantParameters.Jetstream()));
        }

        @Override
        public long vendorWrites(Bench.Simulator simulator) throws Exception {
            return counters(simulator).path("POST /3/devices/{DeviceName}/credentials/sync").asLong();
        }

        @Override
        public JsonNode counters(Bench.Simulator simulator) throws Exception {
            return Json.mapper().readTree(simulator.call("GET", "/_control/requests", null)).path("totals");
        }
    }

    /** Seam: one PIN per change and holder, on acs_systems; Seam confirms through webhooks read back by ingest. */
    final class Seam implements VendorPath {

        @Override
        public Vendor vendor() {
            return Vendor.SEAM;
        }

        @Override
        public List<String> services() {
            return List.of("simulators", "seam-simulator", "credential-registry", "event-ingest", "dispatcher");
        }

        @Override
        public String simulator() {
            return "seam-simulator";
        }

        @Override
        public List<String> setUp(Bench.Api api, Bench.Simulator simulator, int count) throws Exception {
            api.put("/v1/connections/seam-local", "{\"vendor\":\"seam\",\"base_url\":\"" + simulator.base()
                    + "\",\"secret_ref\":\"seam-local-key\",\"rate_limit_per_second\":" + SIMULATOR_RATE
                    + ",\"options\":{\"webhook_secret_refs\":"
                    + "\"seam-local-webhook\"}}");
            simulator.call("PUT", "/_control/sync", "{\"delay_ms\":" + Integer.getInteger("bench.seam.sync-delay-ms",
                    0) + "}");
            var targets = new ArrayList<String>();
            for (int s = 0; s < count; s++) {
                var system = Json.mapper().readTree(simulator.call("POST", "/_control/acs_systems",
                        "{\"name\":\"Bench site " + s + "\"}"));
                api.put("/v1/targets/Site-" + s, "{\"connection_id\":\"seam-local\",\"address\":\"" + system.get(
                        "acs_system_id").asText() + "\"}");
                targets.add("Site-" + s);
            }
            return targets;
        }

        @Override
        public CredentialChange grant(String phase, int seq, String targetId) {
            return change(phase, seq, phase + "-pin-" + seq, CredentialKind.PIN, String.format("%08d", seq),
                    new Grant(targetId, new GrantParameters.Seam(List.of(), List.of())));
        }

        @Override
        public long vendorWrites(Bench.Simulator simulator) throws Exception {
            var counts = counters(simulator);
            return counts.path("/acs/credentials/create").asLong() + counts.path("/acs/credentials/update").asLong()
                    + counts.path("/acs/credentials/delete").asLong();
        }

        @Override
        public JsonNode counters(Bench.Simulator simulator) throws Exception {
            return Json.mapper().readTree(simulator.call("GET", "/_control/request_counts", null))
                    .path("request_counts");
        }
    }

    private static CredentialChange change(String phase, int seq, String credentialId, CredentialKind kind,
            String value, Grant grant) {
        return new CredentialChange(UUID.randomUUID(), "bench", phase + "-" + seq, credentialId,
                ChangeOperation.UPSERT, new HolderDetails("Bench " + phase + " " + seq, null, null, null), kind,
                CIPHER.encrypt(SecretValue.of(value), new EnvelopeContext("bench", credentialId)), null, null,
                List.of(grant), Instant.now());
    }
}
