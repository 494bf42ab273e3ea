package io.credsync.bench;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicIntegerArray;

import org.HdrHistogram.Histogram;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;

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
import io.credsync.model.outcome.SyncOutcome;
import io.credsync.model.outcome.SyncPhase;
import io.credsync.model.status.SyncState;
import io.credsync.model.status.SyncStatusChanged;
import io.credsync.testsupport.TestKafka;
import io.credsync.testsupport.TestPostgres;

/**
 * Measures the registry alone, as a packaged process against a real broker and database: changes per second from
 * the input topic to commands acknowledged by the broker (1 and 3 targets per change), and outcomes folded per
 * second into status. Latency is measured from the harness's send to the harness's receipt of the last command (or
 * of the status record).
 *
 * <pre>./mvnw -q -Dquick install && ./mvnw -q -pl benchmarks exec:java -Dexec.args="--changes 20000"</pre>
 */
public final class RegistryBenchmark {

    private static final ValueCipher CIPHER = new ValueCipher(KeyRing.parse(Bench.DEV_KEYS, "dev"));
    private static final int DEVICES = 12;

    private final int changes;
    private final List<String> rows = new ArrayList<>();
    private final Map<String, Object> json = new HashMap<>();

    private RegistryBenchmark(int changes) {
        this.changes = changes;
    }

    public static void main(String[] args) throws Exception {
        int changes = 20_000;
        for (int i = 0; i < args.length - 1; i++) {
            if (args[i].equals("--changes")) {
                changes = Integer.parseInt(args[i + 1]);
            }
        }
        new RegistryBenchmark(changes).run();
        System.exit(0);
    }

    private void run() throws Exception {
        Path root = repositoryRoot();
        String bootstrap = TestKafka.bootstrapServers();
        createTopics(bootstrap);
        var db = TestPostgres.freshDatabase("bench");
        try (var registry = RegistryProcess.start(root, bootstrap, db);
                var producer = producer(bootstrap)) {
            var api = Bench.Api.login(registry.port, "bench");
            api.put("/v1/connections/js", "{\"vendor\":\"jetstream\",\"base_url\":\"https://js.example\","
                    + "\"secret_ref\":\"js-key\"}");
            for (int d = 0; d < DEVICES; d++) {
                api.put("/v1/targets/dev-" + d, "{\"connection_id\":\"js\",\"address\":\"Device-" + d + "\"}");
            }
            System.out.println("registry pid " + registry.pid() + " on port " + registry.port + ", log "
                    + registry.log);
            fanOutPhase(producer, "warmup", Math.min(2000, changes), 1);
            rows.clear();
            double cpuBefore = Bench.cpuSeconds(registry.pid());
            long started = System.nanoTime();
            List<SyncCommand> oneTarget = fanOutPhase(producer, "p1", changes, 1);
            fanOutPhase(producer, "p3", changes, 3);
            foldPhase(producer, oneTarget);
            double cpu = Bench.cpuSeconds(registry.pid()) - cpuBefore;
            double wall = (System.nanoTime() - started) / 1e9;
            print(registry, cpu, wall);
        }
    }

    /** Sends {@code count} upserts with {@code targets} grants each; waits for every command. */
    private List<SyncCommand> fanOutPhase(KafkaProducer<String, byte[]> producer, String phase, int count,
            int targets) throws Exception {
        var payloads = new ArrayList<ProducerRecord<String, byte[]>>(count);
        for (int i = 0; i < count; i++) {
            payloads.add(change(phase, i, targets));
        }
        long[] sentAt = new long[count];
        var remaining = new AtomicIntegerArray(count);
        for (int i = 0; i < count; i++) {
            remaining.set(i, targets);
        }
        var histogram = new Histogram(3_600_000_000L, 3);
        var done = new CountDownLatch(count);
        var commands = new ConcurrentHashMap<Integer, SyncCommand>();
        String prefix = phase + "-";
        try (var collector = new CommandCollector(TestKafka.bootstrapServers(),
                List.of(Topics.commands(Vendor.JETSTREAM)), (record, now) -> {
                    var command = Json.read(record.value(), SyncCommand.class);
                    String holder = command.desired().holder().externalHolderId();
                    if (!holder.startsWith(prefix)) {
                        return;
                    }
                    int seq = Integer.parseInt(holder.substring(prefix.length()));
                    commands.put(seq, command);
                    if (remaining.decrementAndGet(seq) == 0) {
                        histogram.recordValue(Math.max(0, (now - sentAt[seq]) / 1000));
                        done.countDown();
                    }
                })) {
            long start = System.nanoTime();
            for (int i = 0; i < count; i++) {
                sentAt[i] = System.nanoTime();
                producer.send(payloads.get(i));
            }
            producer.flush();
            if (!done.await(10, TimeUnit.MINUTES)) {
                throw new IllegalStateException(phase + ": " + done.getCount() + " changes never fanned out");
            }
            double seconds = (System.nanoTime() - start) / 1e9;
            record(phase.equals("p1")
                    ? "changes -> commands acked (1 target/change)"
                    : phase.equals("p3") ? "changes -> commands acked (3 targets/change)" : phase, count, targets,
                    seconds, histogram);
        }
        return new ArrayList<>(commands.values());
    }

    /** Sends an APPLIED outcome for each command; waits until each status record says synced. */
    private void foldPhase(KafkaProducer<String, byte[]> producer, List<SyncCommand> commands) throws Exception {
        Map<String, Long> sentAt = new ConcurrentHashMap<>();
        var histogram = new Histogram(3_600_000_000L, 3);
        var done = new CountDownLatch(commands.size());
        var seen = ConcurrentHashMap.<String>newKeySet();
        try (var collector = new CommandCollector(TestKafka.bootstrapServers(), List.of(Topics.SYNC_STATUS),
                (record, now) -> {
                    Long sent = sentAt.get(record.key());
                    if (sent == null) {
                        return;
                    }
                    var status = Json.read(record.value(), SyncStatusChanged.class);
                    if (status.state() == SyncState.SYNCED && seen.add(record.key())) {
                        histogram.recordValue(Math.max(0, (now - sent) / 1000));
                        done.countDown();
                    }
                })) {
            long start = System.nanoTime();
            for (SyncCommand c : commands) {
                var outcome = new SyncOutcome(UUID.randomUUID(), c.commandId(), c.tenant(), c.credentialId(),
                        c.targetId(), c.version(), SyncPhase.APPLIED, null, Map.of(), null, null, "bench",
                        Instant.now());
                sentAt.put(SyncStatusChanged.key(c.credentialId(), c.targetId()), System.nanoTime());
                producer.send(new ProducerRecord<>(Topics.SYNC_OUTCOMES, outcome.partitionKey(), Json.write(
                        outcome)));
            }
            producer.flush();
            if (!done.await(10, TimeUnit.MINUTES)) {
                throw new IllegalStateException(done.getCount() + " outcomes never folded");
            }
            record("outcomes -> status published", commands.size(), 1, (System.nanoTime() - start) / 1e9,
                    histogram);
        }
    }

    private ProducerRecord<String, byte[]> change(String phase, int seq, int targets) {
        String credentialId = phase + "-card-" + seq;
        var grants = new ArrayList<Grant>();
        for (int t = 0; t < targets; t++) {
            grants.add(new Grant("dev-" + ((seq + t) % DEVICES), new GrantParameters.Jetstream()));
        }
        String pass = String.format("%012X", (long) seq * 7919 + 0xA00000000L);
        var change = new CredentialChange(UUID.randomUUID(), "bench", phase + "-" + seq, credentialId,
                ChangeOperation.UPSERT, new HolderDetails("Bench Holder " + seq, null, null, null),
                CredentialKind.CARD, CIPHER.encrypt(SecretValue.of(pass), new EnvelopeContext("bench",
                        credentialId)),
                null, null, grants, Instant.now());
        return new ProducerRecord<>(Topics.CREDENTIAL_CHANGES, change.partitionKey(), Json.write(change));
    }

    private void record(String what, int items, int perItem, double seconds, Histogram h) {
        rows.add(String.format("| %s | %,d | %.1f | %,.0f | %,.0f | %s | %s | %s |", what, items, seconds,
                items / seconds, items * perItem / seconds, Bench.ms(h, 50), Bench.ms(h, 99), Bench.ms(h, 100)));
        json.put(what, Map.of("items", items, "seconds", seconds, "per_second", items / seconds,
                "p50_ms", h.getValueAtPercentile(50) / 1000.0, "p99_ms", h.getValueAtPercentile(99) / 1000.0));
    }

    private void print(RegistryProcess registry, double cpu, double wall) {
        System.out.println();
        System.out.println("| measure | items | s | items/s | messages/s | p50 ms | p99 ms | max ms |");
        System.out.println("|---|---:|---:|---:|---:|---:|---:|---:|");
        rows.forEach(System.out::println);
        System.out.printf("%nregistry process: %.1f CPU-s over %.1f s wall (%.0f%% of one core), RSS %d MiB%n", cpu,
                wall, 100 * cpu / wall, Bench.rssMiB(registry.pid()));
        System.out.println("json: " + new String(Json.write(json), StandardCharsets.UTF_8));
    }

    private static KafkaProducer<String, byte[]> producer(String bootstrap) {
        return new KafkaProducer<>(Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap,
                ProducerConfig.ACKS_CONFIG, "all", ProducerConfig.LINGER_MS_CONFIG, 5),
                new StringSerializer(), new ByteArraySerializer());
    }

    private static void createTopics(String bootstrap) throws Exception {
        try (var admin = Admin.create(Map.of("bootstrap.servers", bootstrap))) {
            var existing = admin.listTopics().names().get();
            var missing = Topics.catalogue().stream().filter(t -> !existing.contains(t.name()))
                    .map(t -> new NewTopic(t.name(), t.partitions(), (short) 1).configs(t.configs())).toList();
            admin.createTopics(missing).all().get();
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
