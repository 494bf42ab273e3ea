package io.credsync.dispatcher.messaging;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Properties;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.errors.WakeupException;
import org.jboss.logging.Logger;

import io.credsync.dispatcher.work.DispatchWorker;
import io.credsync.dispatcher.work.WorkStore;
import io.credsync.model.Topics;
import io.credsync.model.Vendor;
import io.credsync.model.command.SyncCommand;
import io.credsync.model.crypto.ValueCipher;
import io.credsync.model.outcome.SyncOutcome;
import io.credsync.model.outcome.SyncPhase;
import io.credsync.support.health.Heartbeats;
import io.credsync.support.kafka.KafkaClientSettings;
import io.credsync.support.messaging.RecordGuard;
import io.credsync.support.vendor.KafkaAcks;
import io.credsync.support.vendor.OutcomePublisher;

/**
 * Takes one vendor's commands ({@code credsync.commands.<vendor>.v1}, consumer group {@code <prefix><vendor>}) into
 * durable slots (dedupe by command id, older versions reported superseded) and wakes the vendor's worker. One plain
 * consumer per vendor, so that vendors hosted in one process keep their own group, lag and pace. {@link RecordGuard}
 * keeps any record from stopping it: a command that breaks a rule ({@link CommandCheck}) is parked on the vendor's
 * dead-letter topic, an outage is waited out; offsets are committed only after a batch is taken in.
 */
public final class CommandIntake {

    private static final Logger LOG = Logger.getLogger(CommandIntake.class);
    private static final Duration POLL = Duration.ofMillis(500);

    private final Vendor vendor;
    private final String group;
    private final KafkaClientSettings kafka;
    private final WorkStore store;
    private final OutcomePublisher outcomes;
    private final DispatchWorker worker;
    private final RecordGuard guard;
    private final CommandCheck check;
    private final Heartbeats heartbeats;
    private volatile KafkaConsumer<String, byte[]> consumer;
    private volatile boolean running;
    private Thread thread;

    public CommandIntake(Vendor vendor, String group, KafkaClientSettings kafka, WorkStore store,
            OutcomePublisher outcomes,
            DispatchWorker worker, RecordGuard guard, ValueCipher cipher, Heartbeats heartbeats) {
        this.vendor = vendor;
        this.group = group;
        this.kafka = kafka;
        this.store = store;
        this.outcomes = outcomes;
        this.worker = worker;
        this.guard = guard;
        this.check = new CommandCheck(vendor, cipher);
        this.heartbeats = heartbeats;
    }

    public void start() {
        running = true;
        thread = new Thread(this::run, "command-intake-" + vendor.id());
        thread.setDaemon(true);
        thread.start();
    }

    public void stop() throws InterruptedException {
        running = false;
        var c = consumer;
        if (c != null) {
            c.wakeup();
        }
        if (thread != null) {
            thread.join(Duration.ofSeconds(10).toMillis());
        }
    }

    private void run() {
        // a poll blocks at most POLL; an outage in RecordGuard backs off at most 5 s between tries
        var heartbeat = heartbeats.register("command-intake-" + vendor.id(), Duration.ofMinutes(2));
        String dlq = Topics.commandsDeadLetter(vendor);
        while (running) {
            try (var c = new KafkaConsumer<String, byte[]>(properties())) {
                consumer = c;
                c.subscribe(List.of(Topics.commands(vendor)));
                while (running) {
                    heartbeat.beat();
                    var records = c.poll(POLL);
                    for (ConsumerRecord<String, byte[]> record : records) {
                        guard.process(record, dlq, group, r -> intake(check.read(r)));
                    }
                    if (!records.isEmpty()) {
                        c.commitSync();
                    }
                }
            } catch (WakeupException e) {
                // stopping
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (RuntimeException e) {
                // e.g. a rebalance lost during a long outage: start again from the committed offsets
                LOG.warnf("command intake %s: %s; starting again", vendor.id(), e.toString());
                pause();
            } finally {
                consumer = null;
            }
        }
        heartbeat.stop();
    }

    private void intake(SyncCommand command) throws Exception {
        switch (store.intake(command)) {
            case ACCEPTED -> worker.wake();
            case SUPERSEDED -> outcomes.publish(List.of(outcomes.outcome(SyncOutcome.dispatcherSource(vendor), command,
                    SyncPhase.SUPERSEDED, null, Map.of(), null,
                    "a newer version was already received for this target")));
            case DUPLICATE -> LOG.debugf("command %s seen before; ignored", command.commandId());
        }
    }

    private Properties properties() {
        var p = KafkaAcks.manualConsumer(kafka);
        kafka.joinGroup(p, group, "intake");
        p.put(ConsumerConfig.CLIENT_ID_CONFIG, group + "-intake");
        p.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        // an outage can hold one record for minutes (RecordGuard waits it out): stay in the group meanwhile
        p.put(ConsumerConfig.MAX_POLL_INTERVAL_MS_CONFIG, String.valueOf(Duration.ofMinutes(30).toMillis()));
        p.put(ConsumerConfig.MAX_POLL_RECORDS_CONFIG, "200");
        return p;
    }

    private static void pause() {
        try {
            Thread.sleep(1000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
