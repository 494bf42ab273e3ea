package io.credsync.bench.run;

import java.net.ServerSocket;
import java.net.http.HttpClient;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;

import io.credsync.bench.Bench;
import io.credsync.model.json.Json;
import io.credsync.stack.Stack;
import io.credsync.stack.StackConfig;

/**
 * The local stack as the bench runs it: every process of both vendor paths on free ports, a Jetstream connection
 * with {@code devices} online devices and a Seam connection with {@code systems} acs_systems, all registered as
 * targets of tenant {@code bench}.
 */
public final class BenchStack implements AutoCloseable {

    /** The simulators answer as fast as they can: the connection's rate is not what is measured. */
    static final int SIMULATOR_RATE = 1000;

    /** {@code simulators} is the host of both simulators; their names give their own ports. */
    static final List<String> SERVICES = List.of("simulators", "jetstream-simulator", "seam-simulator",
            "credential-registry", "event-ingest", "dispatcher");
    /** The services that run once per replica. */
    static final List<String> CREDSYNC_SERVICES = List.of("credential-registry", "event-ingest", "dispatcher");
    /** The local stack's well-known simulator keys (simulators, not secrets; their hosting classes). */
    static final String JETSTREAM_KEY = "6a0c9b0e-5d1f-4c6e-9b7a-3c2d1e0f4a5b";
    static final String SEAM_KEY = "seam_simkey1_credsyncLocalSeamSimulator";

    private final Stack stack;
    private final Map<String, String> env;
    private final Bench.Api api;
    private final Bench.Simulator jetstream;
    private final Bench.Simulator seam;
    private final List<BenchChange.Target> devices = new ArrayList<>();
    private final List<BenchChange.Target> systems = new ArrayList<>();

    private BenchStack(Stack stack, Map<String, String> env) throws Exception {
        this.stack = stack;
        this.env = env;
        var http = HttpClient.newHttpClient();
        this.api = Bench.Api.login(port("credential-registry"), "bench");
        this.jetstream = new Bench.Simulator(http, url("jetstream-simulator"));
        this.seam = new Bench.Simulator(http, url("seam-simulator"));
    }

    public static BenchStack start(int devices, int systems, int seamSyncDelayMs) throws Exception {
        return start(devices, systems, seamSyncDelayMs, 1);
    }

    /** With {@code replicas} processes of each credsync service: {@code dispatcher}, {@code dispatcher-2}, … */
    public static BenchStack start(int devices, int systems, int seamSyncDelayMs, int replicas) throws Exception {
        Path home = Files.createTempDirectory("credsync-bench");
        Map<String, String> env = new HashMap<>();
        env.put("CREDSYNC_ROOT", repositoryRoot().toString());
        env.put("CREDSYNC_HOME", home.toString());
        env.put("CREDSYNC_KAFKA_PORT", Integer.toString(freePort()));
        env.put("CREDSYNC_KAFKA_CONTROLLER_PORT", Integer.toString(freePort()));
        env.put("CREDSYNC_PG_PORT", Integer.toString(freePort()));
        env.put("CREDSYNC_SERVICES", String.join(",", SERVICES));
        env.put("CREDSYNC_BUILD", "false");
        // BENCH_SERVICE_JAVA_OPTS adds options to every service, e.g. a JFR profile per process:
        // -XX:StartFlightRecording=filename=/tmp/jfr/,settings=profile (a directory: one file per pid)
        env.put("CREDSYNC_SERVICE_JAVA_OPTS", ("-Xms64m -Xmx512m " + System.getenv().getOrDefault(
                "BENCH_SERVICE_JAVA_OPTS", "")).trim());
        for (String service : SERVICES) {
            env.put(StackConfig.portVariable(service), Integer.toString(freePort()));
        }
        env.put("CREDSYNC_REPLICAS", Integer.toString(replicas));
        for (int r = 2; r <= replicas; r++) {
            for (String service : CREDSYNC_SERVICES) {
                env.put(StackConfig.portVariable(service + "-" + r), Integer.toString(freePort()));
            }
        }
        var bench = new BenchStack(Stack.start(StackConfig.fromEnv(env)), env);
        bench.register(devices, systems, seamSyncDelayMs);
        return bench;
    }

    private void register(int deviceCount, int systemCount, int seamSyncDelayMs) throws Exception {
        // distinct refs, whose files the simulator host leaves in the stack's secrets dir; Seam's webhook secret by reference
        api.put("/v1/connections/jetstream-local", "{\"vendor\":\"jetstream\",\"base_url\":\"" + jetstream.base()
                + "\",\"secret_ref\":\"jetstream-local-key\",\"rate_limit_per_second\":" + SIMULATOR_RATE + "}");
        api.put("/v1/connections/seam-local", "{\"vendor\":\"seam\",\"base_url\":\"" + seam.base()
                + "\",\"secret_ref\":\"seam-local-key\",\"rate_limit_per_second\":" + SIMULATOR_RATE
                + ",\"options\":{\"webhook_secret_refs\":"
                + "\"seam-local-webhook\"}}");
        for (int d = 0; d < deviceCount; d++) {
            String device = "Bench-J" + d;
            jetstream.call("PUT", "/_control/devices/" + device, "{\"online\":true}");
            api.put("/v1/targets/" + device, "{\"connection_id\":\"jetstream-local\",\"address\":\"" + device
                    + "\"}");
            devices.add(new BenchChange.Target(device, "jetstream", device));
        }
        seam.call("PUT", "/_control/sync", "{\"delay_ms\":" + seamSyncDelayMs + "}");
        for (int s = 0; s < systemCount; s++) {
            JsonNode system = Json.mapper().readTree(seam.call("POST", "/_control/acs_systems",
                    "{\"name\":\"Bench site " + s + "\"}"));
            String id = system.get("acs_system_id").asText();
            api.put("/v1/targets/Bench-S" + s, "{\"connection_id\":\"seam-local\",\"address\":\"" + id + "\"}");
            systems.add(new BenchChange.Target("Bench-S" + s, "seam", id));
        }
    }

    public Stack stack() {
        return stack;
    }

    public String kafkaBootstrap() {
        return stack.kafkaBootstrap();
    }

    public Bench.Api api() {
        return api;
    }

    public Bench.Simulator jetstream() {
        return jetstream;
    }

    public Bench.Simulator seam() {
        return seam;
    }

    /** Jetstream devices first, then Seam systems: the order {@link ChangeMix} alternates over. */
    public List<List<BenchChange.Target>> targetsByVendor() {
        return List.of(devices, systems);
    }

    public String url(String service) {
        return "http://127.0.0.1:" + port(service);
    }

    private int port(String service) {
        return Integer.parseInt(env.get(StackConfig.portVariable(service)));
    }

    /**
     * Every vendor API call to either simulator answers after {@code ms} ± {@code jitterMs} (uniform) from now on,
     * credsync's and the naive loop's alike; 0 answers at once. The simulator kit's {@code PUT /_control/latency}.
     */
    public void vendorLatency(int ms, int jitterMs) throws Exception {
        String setting = "{\"ms\":" + ms + ",\"jitter_ms\":" + jitterMs + "}";
        for (var simulator : List.of(jetstream, seam)) {
            JsonNode answer = Json.mapper().readTree(simulator.call("PUT", "/_control/latency", setting));
            if (answer.path("ms").asLong(-1) != ms) {
                throw new IllegalStateException(simulator.base() + " did not take the latency " + setting + ": "
                        + answer);
            }
        }
    }

    /** Every vendor API call the simulators served so far (credsync's polls and read-backs included). */
    public long vendorCalls() throws Exception {
        long calls = 0;
        for (JsonNode n : Json.mapper().readTree(jetstream.call("GET", "/_control/requests", null)).path("totals")) {
            calls += n.asLong();
        }
        for (JsonNode n : Json.mapper().readTree(seam.call("GET", "/_control/request_counts", null)).path(
                "request_counts")) {
            calls += n.asLong();
        }
        return calls;
    }

    @Override
    public void close() {
        stack.close();
    }

    private static int freePort() throws Exception {
        try (var socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    static Path repositoryRoot() {
        Path dir = Path.of("").toAbsolutePath();
        while (dir != null && !Files.exists(dir.resolve("mvnw"))) {
            dir = dir.getParent();
        }
        if (dir == null) {
            throw new IllegalStateException("run from inside the credsync repository");
        }
        return dir;
    }
}
