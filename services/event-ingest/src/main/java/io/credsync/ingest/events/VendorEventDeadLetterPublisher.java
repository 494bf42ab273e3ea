package io.credsync.ingest.events;

import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;

import io.credsync.model.Topics;
import io.credsync.support.messaging.DeadLetters;
import io.credsync.support.messaging.FailureVerdict;

/**
 * Parks vendor events that are authentic but cannot be handled (unparseable, unknown type) on
 * {@code credsync.vendor-events.dlq.v1} through {@link DeadLetters}: the raw payload, keyed by the vendor's message
 * id, with the rule ({@code cause}), the reason and where it came from. Returns only when the broker acknowledged, so
 * the vendor is answered (or its events acknowledged) only once the event is safe.
 */
@ApplicationScoped
public class VendorEventDeadLetterPublisher {

    /** A dead letter: the raw payload, why it is here (never a payload value) and where it came from. */
    public record DeadLetter(String key, byte[] payload, String reason, String cause, Map<String, String> origin) {
    }

    private final DeadLetters deadLetters;

    public VendorEventDeadLetterPublisher(DeadLetters deadLetters) {
        this.deadLetters = deadLetters;
    }

    public void publish(DeadLetter letter) throws InterruptedException {
        deadLetters.park(Topics.VENDOR_EVENTS_DLQ, letter.key(), letter.payload(),
                new FailureVerdict(false, letter.cause(), letter.reason()), letter.origin());
    }
}
