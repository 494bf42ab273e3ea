package io.credsync.bench.run;

import java.time.Duration;
import java.util.function.Predicate;

import com.fasterxml.jackson.databind.JsonNode;

import io.credsync.bench.Bench;
import io.credsync.model.json.Json;

/**
 * How many syncs an offline Jetstream device gets for N changes made one after another (each taken in by the
 * dispatcher before the next is sent), and how long it takes to converge once it is back. Runs the local stack with
 * one device; prints the figures.
 *
 * <pre>
 * ./credsync bench --help   # builds every module first; then:
 * ./mvnw -q -B -pl benchmarks exec:java -Dbench.main=io.credsync.bench.run.OfflineDeviceBench -Dexec.args=1000
 * </pre>
 */
public final class OfflineDeviceBench {

    private OfflineDeviceBench() {
    }

    public static void main(String[] args) throws Exception {
        int changes = args.length > 0 ? Integer.parseInt(args[0]) : 1000;
        try (var stack = BenchStack.start(1, 1, 0)) {
            String device = stack.targetsByVendor().get(0).get(0).targetId();
            var sim = stack.jetstream();
            var api = stack.api();
            sim.call("PUT", "/_control/devices/" + device, "{\"online\":false}");
            sim.call("DELETE", "/_control/requests", null);
            long started = System.nanoTime();
            for (int i = 0; i < changes; i++) {
                String credential = "offline-" + i;
                api.put("/v1/credentials/" + credential, "{\"external_holder_id\":\"emp-" + i + "\",\"holder\":"
                        + "{\"full_name\":\"Bench Holder\"},\"kind\":\"card\",\"value\":\""
                        + String.format("%012X", 0xA00000L + i) + "\",\"grants\":[{\"target_id\":\"" + device
                        + "\",\"parameters\":{\"vendor\":\"jetstream\"}}]}");
                awaitState(api, credential, device, state -> !"pending".equals(state), Duration.ofSeconds(60));
            }
            double offlineSeconds = (System.nanoTime() - started) / 1e9;
            JsonNode before = Json.mapper().readTree(sim.call("GET", "/_control/devices/" + device, null));
            int queued = before.get("queuedCommandIds").size();
            long syncsOffline = syncs(sim, device);

            long back = System.nanoTime();
            sim.call("PUT", "/_control/devices/" + device, "{\"online\":true}");
            for (int i = 0; i < changes; i++) {
                awaitState(api, "offline-" + i, device, "synced"::equals, Duration.ofMinutes(5));
            }
            double convergeSeconds = (System.nanoTime() - back) / 1e9;
            JsonNode after = Json.mapper().readTree(sim.call("GET", "/_control/devices/" + device, null));

            System.out.println();
            System.out.println("| changes to one offline device, one after another | " + changes + " |");
            System.out.println("| syncs queued while offline (POST …/credentials/sync) | " + syncsOffline + " |");
            System.out.println("| commands queued on the device at reconnect | " + queued + " |");
            System.out.println("| syncs in all, after convergence | " + syncs(sim, device) + " |");
            System.out.println("| syncs per 1,000 changes | " + String.format("%.1f", syncs(sim, device) * 1000.0
                    / changes) + " |");
            System.out.println("| passes on the device at the end | " + after.get("deviceCredentials").size() + " |");
            System.out.println("| seconds to send the changes | " + String.format("%.1f", offlineSeconds) + " |");
            System.out.println("| seconds from reconnect to every status synced | "
                    + String.format("%.1f", convergeSeconds) + " |");
        }
        System.exit(0);
    }

    private static long syncs(Bench.Simulator sim, String device) throws Exception {
        JsonNode requests = Json.mapper().readTree(sim.call("GET", "/_control/requests", null));
        return requests.path("byDevice").path("POST /3/devices/{DeviceName}/credentials/sync").path(device)
                .asLong(0);
    }

    private static void awaitState(Bench.Api api, String credential, String target,
            Predicate<String> done, Duration within) throws Exception {
        long deadline = System.nanoTime() + within.toNanos();
        while (true) {
            JsonNode status = Json.mapper().readTree(api.get("/v1/credentials/" + credential + "/status"));
            for (JsonNode t : status.get("targets")) {
                if (t.get("target_id").asText().equals(target) && done.test(t.get("state").asText())) {
                    return;
                }
            }
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException(credential + " on " + target + " did not get there within "
                        + within + ": " + status);
            }
            Thread.sleep(20);
        }
    }
}
