package io.credsync.dispatcher.work;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.jboss.logging.Logger;

import io.credsync.dispatcher.config.Connections;
import io.credsync.dispatcher.config.DispatcherConfig;
import io.credsync.dispatcher.control.ConnectionRateLimiter;
import io.credsync.dispatcher.control.RetryPolicy;
import io.credsync.dispatcher.control.TargetCircuitBreaker;
import io.credsync.dispatcher.spi.Slot;
import io.credsync.dispatcher.spi.SlotResult;
import io.credsync.dispatcher.spi.TargetResult;
import io.credsync.dispatcher.spi.TargetWork;
import io.credsync.dispatcher.spi.VendorAdapter;
import io.credsync.dispatcher.work.WorkStore.AppliedSlot;
import io.credsync.model.outcome.SyncOutcome;
import io.credsync.model.outcome.SyncPhase;
import io.credsync.support.vendor.OutcomePublisher;
import io.credsync.support.vendor.VendorFailure;
import io.micrometer.core.instrument.MeterRegistry;

/**
 * One conversation with the vendor about one claimed target: circuit breaker and rate limit first, then the adapter,
 * then outcomes (published and acknowledged) and the slots' new state; on failure, outcomes saying so and a
 * rescheduled attempt.
 */
@ApplicationScoped
public class TargetDispatcher {

    private static final Logger LOG = Logger.getLogger(TargetDispatcher.class);

    private final WorkStore store;
    private final VendorAdapter adapter;
    private final Connections connections;
    private final OutcomePublisher outcomes;
    private final RetryPolicy retry;
    private final ConnectionRateLimiter rateLimiter = new ConnectionRateLimiter();
    private final TargetCircuitBreaker breaker;
    private final MeterRegistry metrics;

    public TargetDispatcher(WorkStore store, VendorAdapter adapter, Connections connections,
            OutcomePublisher outcomes, DispatcherConfig config, MeterRegistry metrics) {
        this.store = store;
        this.adapter = adapter;
        this.connections = connections;
        this.outcomes = outcomes;
        this.retry = new RetryPolicy(config.retryBase(), config.retryCap());
        this.breaker = new TargetCircuitBreaker(config.breakerThreshold(),
                config.breakerOpenFor());
        this.metrics = metrics;
        metrics.gauge("credsync.dispatcher.circuits.open", breaker, TargetCircuitBreaker::openCount);
    }

    public void dispatch(WorkStore.ClaimedTarget target) {
        String key = target.tenant() + "/" + target.targetId();
        try {
            var connection = connections.find(target.connectionId()).orElseThrow(() -> VendorFailure.permanent(
                    "unknown_connection", "no connection '" + target.connectionId() + "' configured"));
            Duration open = breaker.permit(key);
            if (!open.isZero()) {
                reschedule(target, open, VendorFailure.transientFailure("circuit_open",
                        "circuit open after repeated failures; next probe in " + open.toSeconds() + " s"));
                return;
            }
            Duration wait = rateLimiter.acquire(connection.id(), connection.ratePerSecond());
            if (!wait.isZero()) {
                store.retryAt(target.tenant(), target.targetId(), Instant.now().plus(wait), null);
                return;
            }
            var work = new TargetWork(target.tenant(), target.targetId(), target.address(),
                    store.slots(target.tenant(), target.targetId()), target.attempts());
            if (work.pending().isEmpty()) {
                store.completed(target.tenant(), target.targetId(), List.of());
                return;
            }
            TargetResult result = adapter.apply(work, connection);
            metrics.counter("credsync.dispatcher.vendor.calls", "vendor", adapter.vendor().id())
                    .increment(result.vendorCalls());
            breaker.success(key);
            finish(work, result);
        } catch (VendorFailure failure) {
            onFailure(target, key, failure);
        } catch (Exception e) {
            LOG.warnf("dispatching %s failed unexpectedly, retrying: %s", key, e.toString());
            safeRetry(target, retry.delay(target.attempts(), null), e.toString());
        }
    }

    private void finish(TargetWork work, TargetResult result) throws Exception {
        Map<UUID, SlotResult> byCredential = new HashMap<>();
        result.slots().forEach(r -> byCredential.put(r.credentialId(), r));
        List<SyncOutcome> published = new ArrayList<>();
        List<AppliedSlot> applied = new ArrayList<>();
        for (Slot slot : work.pending()) {
            var r = byCredential.get(slot.credentialId());
            if (r == null) {
                continue; // the adapter left it for a later attempt
            }
            boolean failed = r.phase() == SyncPhase.FAILED;
            Map<String, String> refs = new HashMap<>(slot.vendorRefs());
            refs.putAll(r.vendorRefs());
            published.add(outcomes.outcome(slot.desired(), r.phase(), null, r.vendorRefs(), r.errorCode(),
                    r.vendorMessage()));
            applied.add(new AppliedSlot(slot.credentialId(), slot.desired().version(), failed, refs));
        }
        outcomes.publish(published);
        store.completed(work.tenant(), work.targetId(), applied);
        published.forEach(o -> metrics.counter("credsync.dispatcher.outcomes", "phase", o.phase().name()
                .toLowerCase()).increment());
    }

    private void onFailure(WorkStore.ClaimedTarget target, String key, VendorFailure failure) {
        try {
            if (failure.kind() == VendorFailure.Kind.PERMANENT) {
                var slots = store.slots(target.tenant(), target.targetId()).stream().filter(Slot::isPending)
                        .toList();
                outcomes.publish(slots.stream().map(s -> outcomes.outcome(s.desired(), SyncPhase.FAILED, null,
                        Map.of(), failure.code(), failure.vendorMessage())).toList());
                store.completed(target.tenant(), target.targetId(), slots.stream()
                        .map(s -> new AppliedSlot(s.credentialId(), s.desired().version(), true, s.vendorRefs()))
                        .toList());
                return;
            }
            breaker.failure(key);
            if (failure.retryAfter() != null && "http_429".equals(failure.code())) {
                rateLimiter.pause(target.connectionId(), failure.retryAfter());
            }
            reschedule(target, retry.delay(target.attempts(), failure.retryAfter()), failure);
        } catch (Exception e) {
            LOG.warnf("recording the failure of %s failed, retrying: %s", key, e.toString());
            safeRetry(target, retry.delay(target.attempts(), null), failure.getMessage());
        }
    }

    /** Tells the registry the target is retrying (with when and why), then gives the target back. */
    private void reschedule(WorkStore.ClaimedTarget target, Duration delay, VendorFailure why) throws Exception {
        Instant next = Instant.now().plus(delay);
        var pending = store.slots(target.tenant(), target.targetId()).stream().filter(Slot::isPending).toList();
        outcomes.publish(pending.stream().map(s -> outcomes.outcome(s.desired(), SyncPhase.RETRYING, next,
                Map.of(), why.code(), why.vendorMessage())).toList());
        store.retryAt(target.tenant(), target.targetId(), next, why.getMessage());
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
