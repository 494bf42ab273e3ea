package io.credsync.vendor.spi.dispatch;

import java.util.List;

import io.credsync.vendor.spi.VendorFailure;

/**
 * The adapter's answer for the pending slots of a target, and how many vendor calls it took. Vendors with one object
 * per credential (Seam) may stop part-way: {@code stoppedBy} is the transient or ambiguous failure that ended the
 * conversation; slots with a result keep it, the others are retried with backoff.
 */
public record TargetResult(List<SlotResult> slots, int vendorCalls, VendorFailure stoppedBy) {

    public TargetResult(List<SlotResult> slots, int vendorCalls) {
        this(slots, vendorCalls, null);
    }
}
