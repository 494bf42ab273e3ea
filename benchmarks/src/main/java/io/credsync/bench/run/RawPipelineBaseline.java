package io.credsync.bench.run;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicReference;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;

import io.credsync.model.Topics;
import io.credsync.model.Vendor;
import io.credsync.model.json.Json;

/**
 * Baseline (a), the physical ceiling: credsync's Kafka hops with trivial processing, no database and no vendor call.
 * <p>
 * The harness produces each change to a changes topic; stage "registry" turns it into one command per target; stage
 * "dispatcher" answers each command with an {@code applied} outcome; stage "fold" turns each outcome into a
 * {@code synced} status record; the harness reads the status topic and counts a change done when every target of it
 * has its status record. Each stage parses and writes small JSON records (the shared {@link Json} mapper), runs on its
 * own thread with its own consumer group and producer (acks=all, idempotent, linger 5 ms) and commits offsets once its
 * outputs are acknowledged. Topics are created for the run with credsync's partition counts and deleted afterwards.
 * <p>
 * Changes are sent at an open throttle, so latency includes the backlog, as in credsync's run. Measured: seconds from
 * the first send to the last completion, and per-change latency from its send to its last status record; not the
 * setup (topics, group joins). The stages run in the caller's JVM, JIT-cold on a first call: a caller comparing with
 * warmed services may run it once on a few changes first. Not modelled: event-ingest's extra hop (vendor events read
 * back for Seam), and the status topic's compaction.
 */
public final class RawPipelineBaseline {

    public static final String NAME = "raw";

    private static final System.Logger LOG = System.getLogger(RawPipelineBaseline.class.getName());

    private static final Duration SETUP_TIMEOUT = Duration.ofSeconds(60);
    private static final Duration HEALTH_CHECK = Duration.ofMillis(200);

    /** The run's own topics and groups: unique names, so runs on a shared broker never read each other's records. */
    private record RawTopics(String prefix) {

        static RawTopics forRun() {
            return new RawTopics("bench.raw." + UUID.randomUUID().toString().substring(0, 8) + ".");
        }

        String changes() {
            return prefix + "changes";
        }

        String commands() {
            return prefix + "commands";
        }

        String outcomes() {
            return prefix + "outcomes";
        }

        String status() {
            return prefix + "status";
        }

        String group(String stage) {
            return prefix + stage;
        }

        List<String> names() {
            return List.of(changes(), commands(), outcomes(), status());
        }

        /** Each with the partitions of the credsync topic it stands for. */
        List<NewTopic> specs() {
            return List.of(like(changes(), Topics.CREDENTIAL_CHANGES), like(commands(), Topics.commands(
                    Vendor.JETSTREAM)), like(outcomes(), Topics.SYNC_OUTCOMES), like(status(), Topics.SYNC_STATUS));
        }

        private static NewTopic like(String name, String credsyncTopic) {
            int partitions = Topics.catalogue().stream().filter(t -> t.name().equals(credsyncTopic)).findFirst()
                    .orElseThrow().partitions();
            return new NewTopic(name, partitions, (short) 1);
        }
    }

    private RawPipelineBaseline() {
    }

    /**
     * Runs {@code changes} through the raw pipeline on the broker at {@code bootstrapServers}.
     *
     * @param timeout how long the changes may take from the first send to the last completion
     * @throws IllegalStateException when a change is not done within {@code timeout} or a stage fails
     */
    public static BaselineResult run(String bootstrapServers, List<BenchChange> changes, Duration timeout) {
        if (changes.stream().anyMatch(c -> c.targets().isEmpty())) {
            throw new IllegalArgumentException("every change needs at least one target to complete");
        }
        var topics = RawTopics.forRun();
        try (var admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers))) {
            admin.createTopics(topics.specs()).all().get(SETUP_TIMEOUT.toSeconds(), TimeUnit.SECONDS);
            try {
                awaitWritable(bootstrapServers, topics);
                return runOn(bootstrapServers, topics, changes, timeout);
            } finally {
                deleteTopics(admin, topics);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted during the raw pipeline baseline", e);
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("raw pipeline baseline: could not create its topics or write to them", e);
        }
    }

    /**
     * Writes one probe record to every partition and waits for the broker's acknowledgements. A new topic's partitions
     * answer NOT_LEADER_OR_FOLLOWER for a while after creation (and may trip the idempotent producer into
     * OUT_OF_ORDER_SEQUENCE_NUMBER); without this, the run would measure that, or stall. Stages skip probes.
     */
    private static void awaitWritable(String bootstrap, RawTopics topics) throws InterruptedException,
            ExecutionException, TimeoutException {
        var futures = new ArrayList<Future<RecordMetadata>>();
        try (var producer = RawStage.probeProducer(bootstrap)) {
            for (NewTopic topic : topics.specs()) {
                for (int partition = 0; partition < topic.numPartitions(); partition++) {
                    futures.add(producer.send(RawStage.probe(topic.name(), partition)));
                }
            }
            for (var future : futures) {
                future.get(SETUP_TIMEOUT.toSeconds(), TimeUnit.SECONDS);
            }
        }
    }

    /** A topic left behind is only clutter: warn, and keep the run's result or its real failure. */
    private static void deleteTopics(Admin admin, RawTopics topics) throws InterruptedException {
        try {
            admin.deleteTopics(topics.names()).all().get(SETUP_TIMEOUT.toSeconds(), TimeUnit.SECONDS);
        } catch (ExecutionException | TimeoutException e) {
            LOG.log(System.Logger.Level.WARNING, "raw pipeline baseline: could not delete " + topics.names(), e);
        }
    }

    private static BaselineResult runOn(String bootstrap, RawTopics topics, List<BenchChange> changes,
            Duration timeout) throws InterruptedException {
        var completions = new RawCompletions(changes);
        var stages = new ArrayList<RawStage>();
        try (var producer = RawStage.producer(bootstrap)) {
            stages.add(RawStage.start("registry", bootstrap, topics.changes(), topics.commands(), topics.group(
                    "registry"), (record, now) -> commandsFor(topics, record.value())));
            stages.add(RawStage.start("dispatcher", bootstrap, topics.commands(), topics.outcomes(), topics.group(
                    "dispatcher"), (record, now) -> List.of(outcomeFor(topics, record.value()))));
            stages.add(RawStage.start("fold", bootstrap, topics.outcomes(), topics.status(), topics.group("fold"),
                    (record, now) -> List.of(statusFor(topics, record.value()))));
            stages.add(RawStage.start("harness", bootstrap, topics.status(), null, topics.group("harness"),
                    (record, now) -> {
                        var status = Json.read(record.value(), RawMessages.Status.class);
                        completions.statusArrived(status.seq(), status.targetId(), now);
                        return List.of();
                    }));
            for (RawStage stage : stages) {
                stage.awaitAssigned(SETUP_TIMEOUT);
            }
            producer.partitionsFor(topics.changes());
            var payloads = new ArrayList<ProducerRecord<String, byte[]>>(changes.size());
            for (int seq = 0; seq < changes.size(); seq++) {
                var change = RawMessages.Change.of(seq, changes.get(seq));
                payloads.add(new ProducerRecord<>(topics.changes(), change.key(), Json.write(change)));
            }
            var sendFailure = new AtomicReference<Exception>();
            for (int seq = 0; seq < payloads.size(); seq++) {
                completions.sent(seq, System.nanoTime());
                producer.send(payloads.get(seq), (metadata, e) -> {
                    if (e != null) {
                        sendFailure.compareAndSet(null, e);
                    }
                });
            }
            producer.flush();
            if (sendFailure.get() != null) {
                throw new IllegalStateException("raw pipeline baseline: a change was not sent", sendFailure.get());
            }
            awaitCompletions(completions, stages, timeout);
            return completions.result(NAME);
        } finally {
            for (RawStage stage : stages) {
                stage.close();
            }
        }
    }

    private static void awaitCompletions(RawCompletions completions, List<RawStage> stages, Duration timeout)
            throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!completions.await(HEALTH_CHECK)) {
            stages.forEach(RawStage::checkHealthy);
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("raw pipeline baseline: " + completions.outstanding()
                        + " changes not done within " + timeout);
            }
        }
    }

    /** Stage "registry": one command per target of the change. */
    private static List<ProducerRecord<String, byte[]>> commandsFor(RawTopics topics, byte[] json) {
        var change = Json.read(json, RawMessages.Change.class);
        var commands = new ArrayList<ProducerRecord<String, byte[]>>(change.targetIds().size());
        for (String targetId : change.targetIds()) {
            var command = new RawMessages.Command(change.seq(), change.credentialId(), targetId, change.version(),
                    change.kind(), change.value());
            commands.add(new ProducerRecord<>(topics.commands(), command.key(), Json.write(command)));
        }
        return commands;
    }

    /** Stage "dispatcher": the command is applied at once. */
    private static ProducerRecord<String, byte[]> outcomeFor(RawTopics topics, byte[] json) {
        var command = Json.read(json, RawMessages.Command.class);
        var outcome = new RawMessages.Outcome(command.seq(), command.credentialId(), command.targetId(), command
                .version(), "applied");
        return new ProducerRecord<>(topics.outcomes(), outcome.key(), Json.write(outcome));
    }

    /** Stage "fold": the outcome becomes the target's status. */
    private static ProducerRecord<String, byte[]> statusFor(RawTopics topics, byte[] json) {
        var outcome = Json.read(json, RawMessages.Outcome.class);
        var status = new RawMessages.Status(outcome.seq(), outcome.credentialId(), outcome.targetId(), outcome
                .version(), "synced");
        return new ProducerRecord<>(topics.status(), status.key(), Json.write(status));
    }
}
