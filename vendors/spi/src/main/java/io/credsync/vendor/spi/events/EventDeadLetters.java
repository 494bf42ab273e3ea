package io.credsync.vendor.spi.events;

/** Parks a vendor event that cannot be read on {@code credsync.vendor-events.dlq.v1}, with the reason. */
@FunctionalInterface
public interface EventDeadLetters {

    void park(String connectionId, String rule, String reason, byte[] event) throws Exception;
}
