package io.credsync.bench.run;

import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRebalanceListener;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;

/**
 * One hop of the raw pipeline on its own thread: a consumer in its own group reads the input topic, {@link Step}
 * turns each record into zero or more output records, and a producer sends them. Offsets are committed at least once,
 * like SmallRye's throttled strategy in credsync: only a poll batch whose outputs the broker acknowledged is committed,
 * at most every {@link #COMMIT_INTERVAL}, and once more at close.
 */
final class RawStage implements AutoCloseable {

    /** What a hop does with one record; {@code receivedNanos} is when its poll returned. */
    @FunctionalInterface
    interface Step {
        List<ProducerRecord<String, byte[]>> apply(ConsumerRecord<String, byte[]> record, long receivedNanos);
    }

    private static final Duration COMMIT_INTERVAL = Duration.ofSeconds(5);
    private static final String PROBE_HEADER = "raw-probe";
    private static final Duration POLL = Duration.ofMillis(50);

    /** A poll batch's next offsets, committable once the broker acknowledged all of its outputs. */
    private record Batch(Map<TopicPartition, OffsetAndMetadata> offsets, AtomicInteger unacknowledged) {
    }

    private final String name;
    private final String output;
    private final KafkaConsumer<String, byte[]> consumer;
    private final KafkaProducer<String, byte[]> producer;
    private final Step step;
    private final CountDownLatch assigned = new CountDownLatch(1);
    private final AtomicReference<Exception> failure = new AtomicReference<>();
    private final ArrayDeque<Batch> inFlight = new ArrayDeque<>();
    private final Map<TopicPartition, OffsetAndMetadata> committable = new HashMap<>();
    private final Thread thread;
    private volatile boolean running = true;
    private long lastCommit = System.nanoTime();

    private RawStage(String name, String bootstrap, String input, String output, String groupId, Step step) {
        this.name = name;
        this.output = output;
        this.step = step;
        this.consumer = new KafkaConsumer<>(consumerProps(bootstrap, groupId), new StringDeserializer(),
                new ByteArrayDeserializer());
        this.producer = producer(bootstrap);
        consumer.subscribe(List.of(input), new ConsumerRebalanceListener() {
            @Override
            public void onPartitionsAssigned(Collection<TopicPartition> partitions) {
                if (!partitions.isEmpty()) {
                    assigned.countDown();
                }
            }

            @Override
            public void onPartitionsRevoked(Collection<TopicPartition> partitions) {
                // nothing held per partition: commits follow acknowledgements
            }
        });
        this.thread = new Thread(this::loop, "raw-" + name);
    }

    /** Starts the hop reading {@code input}; {@code output} (null for the harness's sink) only warms the producer. */
    static RawStage start(String name, String bootstrap, String input, String output, String groupId, Step step) {
        var stage = new RawStage(name, bootstrap, input, output, groupId, step);
        stage.thread.start();
        return stage;
    }

    /** acks=all and idempotent like credsync's channels, with a short linger to batch. */
    static KafkaProducer<String, byte[]> producer(String bootstrap) {
        return new KafkaProducer<>(Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap,
                ProducerConfig.ACKS_CONFIG, "all",
                ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true,
                ProducerConfig.LINGER_MS_CONFIG, 5),
                new StringSerializer(), new ByteArraySerializer());
    }

    /** Not idempotent: one record per partition has no sequence to keep, and must not stall on a new partition. */
    static KafkaProducer<String, byte[]> probeProducer(String bootstrap) {
        return new KafkaProducer<>(Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap,
                ProducerConfig.ACKS_CONFIG, "all",
                ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, false),
                new StringSerializer(), new ByteArraySerializer());
    }

    /** A record every stage skips (its offset is still committed). */
    static ProducerRecord<String, byte[]> probe(String topic, int partition) {
        var record = new ProducerRecord<String, byte[]>(topic, partition, null, new byte[0]);
        record.headers().add(PROBE_HEADER, new byte[0]);
        return record;
    }

    /** Waits until the group gave this hop its partitions, so the measured run does not include the join. */
    void awaitAssigned(Duration timeout) throws InterruptedException {
        if (!assigned.await(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
            throw new IllegalStateException("raw stage " + name + " got no partitions within " + timeout);
        }
    }

    /** Throws what stopped this hop, if anything did. */
    void checkHealthy() {
        Exception e = failure.get();
        if (e != null) {
            throw new IllegalStateException("raw stage " + name + " failed: " + e, e);
        }
    }

    private void loop() {
        try {
            if (output != null) {
                producer.partitionsFor(output); // before joining the group, so the first send does not wait for it
            }
            while (running) {
                var records = consumer.poll(POLL);
                long now = System.nanoTime();
                if (!records.isEmpty()) {
                    var batch = new Batch(new HashMap<>(), new AtomicInteger());
                    for (var record : records) {
                        if (record.headers().lastHeader(PROBE_HEADER) == null) {
                            for (var out : step.apply(record, now)) {
                                batch.unacknowledged().incrementAndGet();
                                producer.send(out, (metadata, e) -> acknowledged(batch, e));
                            }
                        }
                        batch.offsets().put(new TopicPartition(record.topic(), record.partition()),
                                new OffsetAndMetadata(record.offset() + 1));
                    }
                    inFlight.add(batch);
                }
                commitAcknowledged(false);
            }
        } catch (Exception e) {
            failure.compareAndSet(null, e);
        } finally {
            try {
                producer.flush();
                commitAcknowledged(true);
            } catch (RuntimeException e) {
                failure.compareAndSet(null, e);
            } finally {
                producer.close();
                consumer.close();
            }
        }
    }

    private void acknowledged(Batch batch, Exception error) {
        if (error != null) {
            failure.compareAndSet(null, error);
        }
        batch.unacknowledged().decrementAndGet();
    }

    /** Commits, in order, the batches whose outputs are all acknowledged; throttled unless {@code force}. */
    private void commitAcknowledged(boolean force) {
        while (!inFlight.isEmpty() && inFlight.peek().unacknowledged().get() == 0) {
            committable.putAll(inFlight.poll().offsets());
        }
        if (committable.isEmpty() || !force && System.nanoTime() - lastCommit < COMMIT_INTERVAL.toNanos()) {
            return;
        }
        if (force) {
            consumer.commitSync(committable);
        } else {
            consumer.commitAsync(Map.copyOf(committable), null);
        }
        committable.clear();
        lastCommit = System.nanoTime();
    }

    @Override
    public void close() throws InterruptedException {
        running = false; // the loop sees it within one poll
        thread.join();
    }

    private static Map<String, Object> consumerProps(String bootstrap, String groupId) {
        return Map.of(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap,
                ConsumerConfig.GROUP_ID_CONFIG, groupId,
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest",
                ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
    }
}
