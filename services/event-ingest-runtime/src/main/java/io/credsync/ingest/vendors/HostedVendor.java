package io.credsync.ingest.vendors;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import io.credsync.ingest.events.SeenVendorEvents;
import io.credsync.model.Vendor;
import io.credsync.vendor.spi.events.EventSide;
import io.credsync.vendor.spi.events.PeriodicJob;

/** One vendor's event side as this process hosts it, with the runtime's upkeep of the vendor's seen events. */
public record HostedVendor(Vendor vendor, EventSide side, SeenVendorEvents seen, Duration seenEventRetention) {

    private static final Duration HOUSEKEEPING_INTERVAL = Duration.ofHours(1);

    /** The side's jobs, and the runtime's: forgetting seen event ids past their retention. */
    public List<PeriodicJob> jobs() {
        var jobs = new ArrayList<>(side.jobs());
        jobs.add(new PeriodicJob(vendor.id() + "-seen-events-retention", HOUSEKEEPING_INTERVAL, () -> {
            seen.forgetOlderThan(seenEventRetention);
            return false;
        }));
        return jobs;
    }
}
