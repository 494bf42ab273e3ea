package io.credsync.bench;

import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

import org.HdrHistogram.Histogram;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;

import com.fasterxml.jackson.databind.JsonNode;

import io.credsync.model.Topics;
import io.credsync.model.Vendor;
import io.credsync.model.command.SyncCommand;
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
import io.credsync.model.status.SyncState;
import io.credsync.model.status.SyncStatusChanged;
import io.credsync.stack.Stack;
import io.credsync.stack.StackConfig;

/**
 * The Jetstream path end to end on real processes (the local stack: Kafka, PostgreSQL, registry, Jetstream
 * dispatcher, event-ingest, simulator): changes into the input topic until the public status topic says synced, for
 * (a) many devices and (b) one device receiving every change, where coalescing shows as syncs per change.
 *
 * <pre>./mvnw -q -Dquick install && ./mvnw -q -pl benchmarks exec:java \
 *     -Dbench.main=io.credsync.bench.JetstreamPathBenchmark -Dexec.args="--changes 5000"</pre>
 */
public final class JetstreamPathBenchmark {

    private static final ValueCipher CIPHER = new ValueCipher(KeyRing.parse(Bench.DEV_KEYS, "dev"));
    private static final List<String> SERVICES = List.of("jetstream-simulator", "credential-registry",
            "event-ingest", "dispatcher-jetstream");
    private static final int DEVICES = 50;

    private final HttpClient http = HttpClient.newHttpClient();
    private final List<String> rows = new ArrayList<>();
    private String simulator;

    public static void main(String[] args) throws Exception {
        int changes = 5_000;
        for (int i = 0; i < args.length - 1; i++) {
            if (args[i].equals("--changes")) {
                changes = Integer.parseInt(args[i + 1]);
            }
        }
        new JetstreamPathBenchmark().run(changes);
        System.exit(0);
    }

    private void run(int changes) throws Exception {
        Path root = repositoryRoot();
        Path home = Files.createTempDirectory("credsync-bench");
        Map<String, String> env = new HashMap<>();
        env.put("CREDSYNC_ROOT", root.toString());
        env.put("CREDSYNC_HOME", home.toString());
        env.put("CREDSYNC_KAFKA_PORT", Integer.toString(freePort()));
        env.put("CREDSYNC_KAFKA_CONTROLLER_PORT", Integer.toString(freePort()));
        env.put("CREDSYNC_PG_PORT", Integer.toString(freePort()));
        env.put("CREDSYNC_SERVICES", String.join(",", SERVICES));
        env.put("CREDSYNC_BUILD", "false");
        env.put("CREDSYNC_SERVICE_JAVA_OPTS", "-Xms64m -Xmx512m");
        for (String service : SERVICES) {
            env.put(StackConfig.portVariable(service), Integer.toString(freePort()));
        }
        try (var stack = Stack.start(StackConfig.fromEnv(env))) {
            String registry = "http://127.0.0.1:" + env.get(StackConfig.portVariable("credential-registry"));
            simulator = "http://127.0.0.1:" + env.get(StackConfig.portVariable("jetstream-simulator"));
            var api = Bench.Api.login(Integer.parseInt(env.get(StackConfig.portVariable("credential-registry"))),
                    "bench");
            api.put("/v1/connections/jetstream-local", "{\"vendor\":\"jetstream\",\"base_url\":\"" + simulator
                    + "\",\"secret_ref\":\"k\"}");
            for (int d = 0; d < DEVICES; d++) {
                control("PUT", "/_control/devices/Bench-" + d, "{\"online\":true}");
                api.put("/v1/targets/Bench-" + d, "{\"connection_id\":\"jetstream-local\",\"address\":\"Bench-" + d
                        + "\"}");
            }
            try (var producer = new KafkaProducer<>(Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG,
                    stack.kafkaBootstrap(), ProducerConfig.ACKS_CONFIG, "all", ProducerConfig.LINGER_MS_CONFIG, 5),
                    new StringSerializer(), new ByteArraySerializer())) {
                phase(stack.kafkaBootstrap(), producer, "warmup", Math.min(500, changes), false);
                rows.clear();
                phase(stack.kafkaBootstrap(), producer, "many", changes, false);
                phase(stack.kafkaBootstrap(), producer, "one", changes, true);
            }
            System.out.println();
            System.out.println(
                    "| scenario | changes | s | changes/s | p50 ms | p99 ms | max ms | syncs | syncs/change |");
            System.out.println("|---|---:|---:|---:|---:|---:|---:|---:|---:|");
            rows.forEach(System.out::println);
            System.out.println();
            System.out.println("| process | CPU s | RSS MiB |");
            System.out.println("|---|---:|---:|");
            ProcessHandle.current().descendants().forEach(p -> System.out.printf("| %s | %.1f | %d |%n",
                    processName(p), Bench.cpuSeconds(p.pid()), Bench.rssMiB(p.pid())));
            System.out.println();
            System.out.println(stack.summary());
        }
    }

    /** Sends {@code count} grants (round robin over devices, or all to Bench-0) and waits until each is synced. */
    private void phase(String bootstrap, KafkaProducer<String, byte[]> producer, String name, int count,
            boolean oneDevice) throws Exception {
        control("DELETE", "/_control/requests", null);
        Map<UUID, Integer> seqOf = new ConcurrentHashMap<>();
        Map<UUID, Long> syncedAt = new ConcurrentHashMap<>();
        long[] sentAt = new long[count];
        String prefix = name + "-";
        try (var commands = new CommandCollector(bootstrap, List.of(Topics.commands(Vendor.JETSTREAM)),
                (record, now) -> {
                    var command = Json.read(record.value(), SyncCommand.class);
                    String holder = command.desired().holder().externalHolderId();
                    if (holder.startsWith(prefix)) {
                        seqOf.put(command.credentialId(), Integer.parseInt(holder.substring(prefix.length())));
                    }
                });
                var statuses = new CommandCollector(bootstrap, List.of(Topics.SYNC_STATUS), (record, now) -> {
                    var status = Json.read(record.value(), SyncStatusChanged.class);
                    if (status.state() == SyncState.SYNCED) {
                        syncedAt.putIfAbsent(status.credentialId(), now);
                    }
                })) {
            long start = System.nanoTime();
            for (int i = 0; i < count; i++) {
                sentAt[i] = System.nanoTime();
                producer.send(change(name, i, oneDevice ? "Bench-0" : "Bench-" + (i % DEVICES)));
            }
            producer.flush();
            long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(10);
            while (syncedOf(seqOf, syncedAt) < count) {
                if (System.nanoTime() > deadline) {
                    throw new IllegalStateException(name + ": only " + syncedOf(seqOf, syncedAt) + " synced");
                }
                Thread.sleep(50);
            }
            var histogram = new Histogram(3_600_000_000L, 3);
            long last = 0;
            for (var entry : seqOf.entrySet()) {
                long at = syncedAt.get(entry.getKey());
                last = Math.max(last, at);
                histogram.recordValue(Math.max(0, (at - sentAt[entry.getValue()]) / 1000));
            }
            double seconds = (last - start) / 1e9;
            long syncs = syncCount();
            rows.add(String.format("| %s | %,d | %.1f | %,.0f | %s | %s | %s | %,d | %.3f |",
                    oneDevice ? "one device, every change" : DEVICES + " devices, round robin", count, seconds,
                    count / seconds, Bench.ms(histogram, 50), Bench.ms(histogram, 99), Bench.ms(histogram, 100),
                    syncs, (double) syncs / count));
        }
    }

    private static long syncedOf(Map<UUID, Integer> seqOf, Map<UUID, Long> syncedAt) {
        return seqOf.keySet().stream().filter(syncedAt::containsKey).count();
    }

    private long syncCount() throws Exception {
        JsonNode counts = Json.mapper().readTree(control("GET", "/_control/requests", null));
        return counts.path("totals").path("POST /3/devices/{DeviceName}/credentials/sync").asLong();
    }

    private ProducerRecord<String, byte[]> change(String phase, int seq, String device) {
        String credentialId = phase + "-card-" + seq;
        String pass = String.format("%012X", (long) seq * 7919 + 0xC00000000L);
        var change = new CredentialChange(UUID.randomUUID(), "bench", phase + "-" + seq, credentialId,
                ChangeOperation.UPSERT, new HolderDetails("Bench " + seq, null, null, null), CredentialKind.CARD,
                CIPHER.encrypt(SecretValue.of(pass), new EnvelopeContext("bench", credentialId)), null, null,
                List.of(new Grant(device, new GrantParameters.Jetstream())), Instant.now());
        return new ProducerRecord<>(Topics.CREDENTIAL_CHANGES, change.partitionKey(), Json.write(change));
    }

    private String control(String method, String path, String json) throws Exception {
        var request = HttpRequest.newBuilder(URI.create(simulator + path)).header("Content-Type",
                "application/json").method(method,
                        json == null
                                ? HttpRequest.BodyPublishers.noBody()
                                : HttpRequest.BodyPublishers.ofString(json));
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString()).body();
    }

    private static String processName(ProcessHandle process) {
        String command = process.info().commandLine().orElse("?");
        for (String name : List.of("jetstream-simulator", "credential-registry", "event-ingest",
                "dispatchers/jetstream",
                "kafka.Kafka", "postgres")) {
            if (command.contains(name)) {
                return name;
            }
        }
        return command.length() > 40 ? command.substring(0, 40) : command;
    }

    private static int freePort() throws Exception {
        try (var socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private static Path repositoryRoot() {
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
