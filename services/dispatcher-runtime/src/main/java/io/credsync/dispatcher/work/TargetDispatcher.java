package io.credsync.dispatcher.work;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.jboss.logging.Logger;

import io.credsync.dispatcher.config.DispatcherConfig;
import io.credsync.dispatcher.control.ConnectionRateLimiter;
import io.credsync.dispatcher.control.RetryPolicy;
import io.credsync.dispatcher.control.TargetCircuitBreaker;
import io.credsync.dispatcher.work.WorkStore.SlotUpdate;
import io.credsync.model.command.SyncCommand;
import io.credsync.model.outcome.SyncOutcome;
import io.credsync.model.outcome.SyncPhase;
import io.credsync.support.messaging.FailureVerdict;
import io.credsync.support.vendor.OutcomePublisher;
import io.credsync.vendor.spi.ConnectionDirectory;
import io.credsync.vendor.spi.VendorConnection;
import io.credsync.vendor.spi.VendorFailure;
import io.credsync.vendor.spi.dispatch.Slot;
import io.credsync.vendor.spi.dispatch.SlotResult;
import io.credsync.vendor.spi.dispatch.TargetResult;
import io.credsync.vendor.spi.dispatch.TargetWork;
import io.credsync.vendor.spi.dispatch.VendorAdapter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Tag;

/**
 * One conversation with the vendor about one claimed target: circuit breaker and rate limit first, then the adapter,
 * then outcomes (published and acknowledged) and the slots' new state; on failure, outcomes saying so and a
 * rescheduled attempt.
 */
public class TargetDispatcher {

    private static final Logger LOG = Logger.getLogger(TargetDispatcher.class);

    private final WorkStore store;
    private final VendorAdapter adapter;
    private final ConnectionDirectory connections;
    private final String source;
    private final OutcomePublisher outcomes;
    private final RetryPolicy retry;
    private final ConnectionRateLimiter rateLimiter = new ConnectionRateLimiter();
    private final TargetCircuitBreaker breaker;
    private final MeterRegistry metrics;

    public TargetDispatcher(WorkStore store, VendorAdapter adapter, ConnectionDirectory connections,
            OutcomePublisher outcomes, DispatcherConfig config, MeterRegistry metrics) {
        this.store = store;
        this.adapter = adapter;
        this.connections = connections;
        this.source = SyncOutcome.dispatcherSource(adapter.vendor());
        this.outcomes = outcomes;
        this.retry = new RetryPolicy(config.retryBase(), config.retryCap());
        this.breaker = new TargetCircuitBreaker(config.breakerThreshold(),
                config.breakerOpenFor());
        this.metrics = metrics;
        metrics.gauge("credsync.dispatcher.circuits.open", List.of(Tag.of("vendor", adapter.vendor().id())), breaker,
                TargetCircuitBreaker::openCount);
    }

    public void dispatch(WorkStore.ClaimedTarget target) {
        String key = target.tenant() + "/" + target.targetId();
        TargetWork work = null;
        try {
            VendorConnection connection;
            try {
                // the registry defines every connection before its targets; not known yet means not followed yet
                connection = connections.find(target.tenant(), target.connectionId()).orElseThrow(
                        () -> VendorFailure.transientFailure("unknown_connection", "connection '" + target
                                .connectionId() + "' is not (yet) defined in the registry"));
            } catch (VendorFailure notYet) {
                // no vendor call was made: the target's circuit is not involved
                reschedule(target, retry.delay(target.attempts(), null), notYet);
                return;
            }
            Duration open = breaker.permit(key);
            if (!open.isZero()) {
                reschedule(target, open, VendorFailure.transientFailure("circuit_open",
                        "circuit open after repeated failures; next probe in " + open.toSeconds() + " s"));
                return;
            }
            Duration wait = rateLimiter.acquire(connectionKey(target), connection.ratePerSecond());
            if (!wait.isZero()) {
                store.retryAt(target.tenant(), target.targetId(), Instant.now().plus(wait), null);
                return;
            }
            work = new TargetWork(target.tenant(), target.targetId(), target.address(),
                    store.slots(target.tenant(), target.targetId()), target.attempts());
            // nothing pending: due only because the adapter asked to look again (e.g. a command queued on a device)
            TargetResult result = work.pending().isEmpty()
                    ? adapter.recheck(work, connection)
                    : adapter.apply(work, connection);
            metrics.counter("credsync.dispatcher.vendor.calls", "vendor", adapter.vendor().id())
                    .increment(result.vendorCalls());
            if (result.stoppedBy() == null) {
                breaker.success(key);
            } else {
                noteFailure(target, key, result.stoppedBy());
            }
            finish(work, result);
        } catch (VendorFailure failure) {
            onFailure(target, work, key, failure);
        } catch (Exception | LinkageError | StackOverflowError e) {
            var verdict = FailureVerdict.of(e);
            if (verdict.retry()) {
                LOG.warnf("dispatching %s failed, retrying: %s", key, verdict.reason());
                safeRetry(target, retry.delay(target.attempts(), null), verdict.reason());
            } else {
                // retrying cannot help and would hold the target for ever: its pending slots fail, with the rule
                // an exception nobody foresaw is a bug to find: keep its stack trace (it carries no payload values)
                LOG.warnf(verdict.rule().startsWith("unexpected.") ? e : null,
                        "dispatching %s failed for good [%s]: %s",
                        key, verdict.rule(), verdict.reason());
                onFailure(target, work, key, VendorFailure.permanent(verdict.rule(), verdict.reason()));
            }
        }
    }

    private void finish(TargetWork work, TargetResult result) throws Exception {
        Map<UUID, SlotResult> byCredential = new HashMap<>();
        result.slots().forEach(r -> byCredential.put(r.credentialId(), r));
        VendorFailure stopped = result.stoppedBy();
        Instant next = stopped != null
                ? Instant.now().plus(retry.delay(work.attempt(), stopped.retryAfter()))
                : result.recheckIn() == null ? null : Instant.now().plus(result.recheckIn());
        List<SyncOutcome> published = new ArrayList<>();
        List<SlotUpdate> updates = new ArrayList<>();
        for (Slot slot : work.all()) {
            var r = byCredential.get(slot.credentialId());
            if (r == null && !slot.isPending()) {
                continue;
            }
            var refs = r == null || r.vendorRefs().isEmpty() ? slot.vendorRefs() : r.vendorRefs();
            if (r == null || r.phase() == SyncPhase.RETRYING) {
                if (r != null) {
                    updates.add(new SlotUpdate(slot.credentialId(), slot.desired().version(),
                            SlotUpdate.Progress.IN_PROGRESS, refs));
                }
                if (stopped != null && slot.isPending()) {
                    published.add(outcome(slot.desired(), SyncPhase.RETRYING, next, Map.of(),
                            stopped.code(), stopped.vendorMessage()));
                } else if (r != null && r.errorCode() != null && slot.isPending()) {
                    // the vendor holds the slot back for a reason worth showing (e.g. a device offline)
                    published.add(outcome(slot.desired(), SyncPhase.RETRYING, next, r.reportedRefs(),
                            r.errorCode(), r.vendorMessage()));
                }
                continue; // left for a later attempt (or, not pending: only what the vendor holds changed)
            }
            published.add(outcome(slot.desired(), r.phase(), null, r.reportedRefs(), r.errorCode(),
                    r.vendorMessage()));
            updates.add(r.phase() == SyncPhase.FAILED
                    ? SlotUpdate.failed(slot.credentialId(), slot.desired().version(), refs)
                    : SlotUpdate.applied(slot.credentialId(), slot.desired().version(), refs));
        }
        outcomes.publish(published);
        store.completed(work.tenant(), work.targetId(), updates, next, stopped == null ? null : stopped.getMessage());
        published.forEach(o -> metrics.counter("credsync.dispatcher.outcomes", "vendor", adapter.vendor().id(),
                "phase", o.phase().name().toLowerCase()).increment());
    }

    /**
     * @param work what the adapter was asked (null: the failure came before): a permanent failure fails those slots
     *        at the versions the vendor refused, never a newer version taken in meanwhile (that one stays pending)
     */
    private void onFailure(WorkStore.ClaimedTarget target, TargetWork work, String key, VendorFailure failure) {
        try {
            if (failure.kind() == VendorFailure.Kind.PERMANENT) {
                var slots = work != null
                        ? work.pending()
                        : store.slots(target.tenant(), target.targetId()).stream().filter(Slot::isPending).toList();
                outcomes.publish(slots.stream().map(s -> outcome(s.desired(), SyncPhase.FAILED, null,
                        Map.of(), failure.code(), failure.vendorMessage())).toList());
                store.completed(target.tenant(), target.targetId(), slots.stream()
                        .map(s -> SlotUpdate.failed(s.credentialId(), s.desired().version(), s.vendorRefs()))
                        .toList());
                return;
            }
            noteFailure(target, key, failure);
            reschedule(target, retry.delay(target.attempts(), failure.retryAfter()), failure);
        } catch (Exception e) {
            LOG.warnf("recording the failure of %s failed, retrying: %s", key, e.toString());
            safeRetry(target, retry.delay(target.attempts(), null), failure.getMessage());
        }
    }

    /** A transient or ambiguous failure counts towards the breaker; a 429 pauses the whole connection. */
    private void noteFailure(WorkStore.ClaimedTarget target, String key, VendorFailure failure) {
        breaker.failure(key);
        if (failure.retryAfter() != null && failure.isRateLimit()) {
            rateLimiter.pause(connectionKey(target), failure.retryAfter());
        }
    }

    /** Tells the registry the target is retrying (with when and why), then gives the target back. */
    private void reschedule(WorkStore.ClaimedTarget target, Duration delay, VendorFailure why) throws Exception {
        Instant next = Instant.now().plus(delay);
        var pending = store.slots(target.tenant(), target.targetId()).stream().filter(Slot::isPending).toList();
        outcomes.publish(pending.stream().map(s -> outcome(s.desired(), SyncPhase.RETRYING, next,
                Map.of(), why.code(), why.vendorMessage())).toList());
        store.retryAt(target.tenant(), target.targetId(), next, why.getMessage());
    }

    /** Connections are the registry's per tenant: two tenants' "main" are two vendor accounts. */
    private static String connectionKey(WorkStore.ClaimedTarget target) {
        return target.tenant() + "/" + target.connectionId();
    }

    private SyncOutcome outcome(SyncCommand command, SyncPhase phase, Instant nextAttemptAt,
            Map<String, String> vendorRefs, String errorCode, String vendorMessage) {
        return outcomes.outcome(source, command, phase, nextAttemptAt, vendorRefs, errorCode, vendorMessage);
    }

    private void safeRetry(WorkStore.ClaimedTarget target, Duration delay, String error) {
        try {
            store.retryAt(target.tenant(), target.targetId(), Instant.now().plus(delay), error);
        } catch (Exception e) {
            LOG.warnf("could not reschedule %s/%s; its lease expires and another attempt follows: %s",
                    target.tenant(), target.targetId(), e.toString());
        }
    }
}
