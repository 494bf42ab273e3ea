package io.credsync.ingest.events;

import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;

import io.credsync.model.Topics;
import io.credsync.support.messaging.DeadLetters;
import io.credsync.support.messaging.FailureVerdict;
import io.credsync.vendor.spi.events.EventDeadLetters;

/**
 * Parks vendor events that are authentic but cannot be handled (unparseable, unknown type) on
 * {@code credsync.vendor-events.dlq.v1} through {@link DeadLetters}: the raw payload, keyed by the vendor's message
 * id, with the rule, the reason and where it came from. Returns only when the broker acknowledged, so the vendor is
 * answered (or its events acknowledged) only once the event is safe.
 */
@ApplicationScoped
public class VendorEventDeadLetters implements EventDeadLetters {

    private final DeadLetters deadLetters;

    public VendorEventDeadLetters(DeadLetters deadLetters) {
        this.deadLetters = deadLetters;
    }

    @Override
    public void park(String key, byte[] event, String rule, String reason, Map<String, String> origin)
            throws InterruptedException {
        deadLetters.park(Topics.VENDOR_EVENTS_DLQ, key, event, new FailureVerdict(false, rule, reason), origin);
    }

    @Override
    public void parkUnlessOutage(String key, byte[] event, Throwable failure, Map<String, String> origin)
            throws Exception {
        var verdict = FailureVerdict.of(failure);
        if (verdict.retry()) {
            throw failure instanceof Exception e ? e : new IllegalStateException(failure);
        }
        deadLetters.park(Topics.VENDOR_EVENTS_DLQ, key, event, verdict, origin);
    }
}
