package io.credsync.vendor.spi.events;

import java.util.Map;

/**
 * Parks a vendor event that is authentic but cannot be handled on {@code credsync.vendor-events.dlq.v1}: the raw
 * bytes, keyed by the vendor's id for it, with a rule, a reason (never a payload value) and where it came from as
 * headers (e.g. {@code dead-letter-source}). Returns once the broker has it, so the vendor may then be answered.
 */
public interface EventDeadLetters {

    /** @param key the vendor's id of the event or message, or null when it has none */
    void park(String key, byte[] event, String rule, String reason, Map<String, String> origin) throws Exception;

    /**
     * The runtime's one "poison or outage" decision, for a failure while handling one event: an outage is thrown
     * back (the caller retries the event later); anything else parks the event with the failure's rule.
     */
    void parkUnlessOutage(String key, byte[] event, Throwable failure, Map<String, String> origin) throws Exception;
}
