package io.credsync.testsupport.dispatch;

import java.time.Duration;
import java.util.List;
import java.util.function.Predicate;

import org.apache.kafka.clients.consumer.ConsumerRecord;

import io.credsync.model.Topics;
import io.credsync.model.command.SyncCommand;
import io.credsync.model.json.Json;
import io.credsync.model.outcome.SyncOutcome;
import io.credsync.model.outcome.SyncPhase;
import io.credsync.testsupport.TopicProbe;

/**
 * One tenant's outcomes on {@code credsync.sync-outcomes.v1}, always read from the beginning (a fresh group each
 * time), so a test sees every outcome its commands caused, in the order of each credential's partition.
 */
public final class OutcomeReader {

    private final String tenant;
    private final Duration timeout;

    public OutcomeReader(String tenant, Duration timeout) {
        this.tenant = tenant;
        this.timeout = timeout;
    }

    /** The tenant's outcomes, read until {@code done} holds for them; fails after the timeout. */
    public List<SyncOutcome> until(Predicate<List<SyncOutcome>> done) {
        return parse(TopicProbe.readUntil(Topics.SYNC_OUTCOMES, this::mine, found -> done.test(parse(found)),
                timeout));
    }

    /**
     * The tenant's outcomes up to and including {@code last}: one credential's outcomes share a partition, so all
     * that came before it are read too (a condition that holds at once could stop after the first poll).
     */
    public List<SyncOutcome> through(SyncOutcome last) {
        return until(found -> found.stream().anyMatch(o -> o.eventId().equals(last.eventId())));
    }

    /** The first outcome of {@code command} in {@code phase}; fails after the timeout. */
    public SyncOutcome awaitPhase(SyncCommand command, SyncPhase phase) {
        Predicate<SyncOutcome> wanted = o -> o.commandId().equals(command.commandId()) && o.phase() == phase;
        return until(found -> found.stream().anyMatch(wanted)).stream().filter(wanted).findFirst()
                .orElseThrow(() -> new AssertionError("no " + phase + " outcome for version " + command.version()));
    }

    /** Every outcome of {@code command} up to and including its first one in {@code phase}, in order. */
    public List<SyncOutcome> ofCommandThrough(SyncCommand command, SyncPhase phase) {
        var last = awaitPhase(command, phase);
        return through(last).stream().filter(o -> o.commandId().equals(command.commandId())).toList();
    }

    /** Every outcome of the tenant that arrives within {@code window} (to show that something did not happen). */
    public List<SyncOutcome> during(Duration window) {
        return parse(TopicProbe.readFor(Topics.SYNC_OUTCOMES, this::mine, window));
    }

    private boolean mine(ConsumerRecord<String, byte[]> record) {
        // the text match is a cheap pre-filter; the tenant field decides
        return TopicProbe.text(record).contains(tenant)
                && tenant.equals(Json.read(record.value(), SyncOutcome.class).tenant());
    }

    private static List<SyncOutcome> parse(List<ConsumerRecord<String, byte[]>> records) {
        return records.stream().map(r -> Json.read(r.value(), SyncOutcome.class)).toList();
    }
}
