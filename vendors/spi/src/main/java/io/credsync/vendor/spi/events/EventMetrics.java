package io.credsync.vendor.spi.events;

/** Counters of a vendor's event side, named {@code credsync.ingest.<vendor id>.<name>} by the runtime. */
@FunctionalInterface
public interface EventMetrics {

    void count(String name, String tag, String value);
}
