package io.credsync.bench;

import java.net.ServerSocket;
import java.net.http.HttpClient;
import java.nio.file.Files;
import java.nio.file.Path;
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

import io.credsync.model.Topics;
import io.credsync.model.command.SyncCommand;
import io.credsync.model.json.Json;
import io.credsync.model.status.SyncState;
import io.credsync.model.status.SyncStatusChanged;
import io.credsync.stack.Stack;
import io.credsync.stack.StackConfig;

/**
 * One vendor's path end to end on real processes (the local stack: Kafka, PostgreSQL, registry, the vendor's
 * dispatcher, event-ingest, the vendor's simulator): changes into the input topic until the public status topic says
 * synced, for (a) many targets round robin and (b) one target receiving every change, where coalescing shows as
 * vendor writes per change.
 *
 * <pre>./mvnw -q -Dquick install && ./mvnw -q -pl benchmarks exec:java \
 *     -Dbench.main=io.credsync.bench.VendorPathBenchmark -Dexec.args="--vendor seam --changes 2000"</pre>
 */
public final class VendorPathBenchmark {

    private static final int TARGETS = 50;

    private final VendorPath path;
    private final List<String> rows = new ArrayList<>();
    private Bench.Simulator simulator;
    private List<String> targets;

    private VendorPathBenchmark(VendorPath path) {
        this.path = path;
    }

    public static void main(String[] args) throws Exception {
        int changes = 5_000;
        VendorPath path = new VendorPath.Jetstream();
        for (int i = 0; i < args.length - 1; i++) {
            if (args[i].equals("--changes")) {
                changes = Integer.parseInt(args[i + 1]);
            } else if (args[i].equals("--vendor")) {
                path = args[i + 1].equals("seam") ? new VendorPath.Seam() : new VendorPath.Jetstream();
            }
        }
        new VendorPathBenchmark(path).run(changes);
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
        env.put("CREDSYNC_SERVICES", String.join(",", path.services()));
        env.put("CREDSYNC_BUILD", "false");
        env.put("CREDSYNC_SERVICE_JAVA_OPTS", "-Xms64m -Xmx512m");
        for (String service : path.services()) {
            env.put(StackConfig.portVariable(service), Integer.toString(freePort()));
        }
        try (var stack = Stack.start(StackConfig.fromEnv(env))) {
            simulator = new Bench.Simulator(HttpClient.newHttpClient(), "http://127.0.0.1:" + env.get(StackConfig
                    .portVariable(path.simulator())));
            var api = Bench.Api.login(Integer.parseInt(env.get(StackConfig.portVariable("credential-registry"))),
                    "bench");
            targets = path.setUp(api, simulator, TARGETS);
            try (var producer = new KafkaProducer<>(Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG,
                    stack.kafkaBootstrap(), ProducerConfig.ACKS_CONFIG, "all", ProducerConfig.LINGER_MS_CONFIG, 5),
                    new StringSerializer(), new ByteArraySerializer())) {
                phase(stack.kafkaBootstrap(), producer, "warmup", Math.min(500, changes), false);
                rows.clear();
                phase(stack.kafkaBootstrap(), producer, "many", changes, false);
                phase(stack.kafkaBootstrap(), producer, "one", changes, true);
            }
            System.out.println();
            System.out.println("| " + path.vendor().id() + " path | changes | s | changes/s | p50 ms | p99 ms "
                    + "| max ms | vendor calls/change | vendor writes/change |");
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

    /** Sends {@code count} grants (round robin over targets, or all to the first) and waits until each is synced. */
    private void phase(String bootstrap, KafkaProducer<String, byte[]> producer, String name, int count,
            boolean oneTarget) throws Exception {
        long callsBefore = path.vendorCalls(simulator);
        long writesBefore = path.vendorWrites(simulator);
        Map<UUID, Integer> seqOf = new ConcurrentHashMap<>();
        Map<UUID, Long> syncedAt = new ConcurrentHashMap<>();
        long[] sentAt = new long[count];
        String prefix = name + "-";
        try (var commands = new CommandCollector(bootstrap, List.of(Topics.commands(path.vendor())),
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
                var change = path.grant(name, i, oneTarget ? targets.get(0) : targets.get(i % targets.size()));
                producer.send(new ProducerRecord<>(Topics.CREDENTIAL_CHANGES, change.partitionKey(), Json.write(
                        change)));
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
            long calls = path.vendorCalls(simulator) - callsBefore;
            long writes = path.vendorWrites(simulator) - writesBefore;
            rows.add(String.format("| %s | %,d | %.1f | %,.0f | %s | %s | %s | %.2f | %.3f |",
                    oneTarget ? "one target, every change" : targets.size() + " targets, round robin", count,
                    seconds, count / seconds, Bench.ms(histogram, 50), Bench.ms(histogram, 99), Bench.ms(histogram,
                            100),
                    (double) calls / count, (double) writes / count));
        }
    }

    private static long syncedOf(Map<UUID, Integer> seqOf, Map<UUID, Long> syncedAt) {
        return seqOf.keySet().stream().filter(syncedAt::containsKey).count();
    }

    private static String processName(ProcessHandle process) {
        String command = process.info().commandLine().orElse("?");
        for (String name : List.of("simulator-host", "credential-registry", "event-ingest", "services/dispatcher/",
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
