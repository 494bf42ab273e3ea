package io.credsync.vendor.spi.dispatch;

import java.time.Duration;
import java.util.List;

import io.credsync.vendor.spi.VendorFailure;

/**
 * The adapter's answer for a target, and how many vendor calls it took. Results are for the pending slots; a result
 * for a slot that is not pending confirms or corrects what the vendor holds for its current version (a Jetstream
 * full-list sync carries every credential in the list) and is reported as such. Vendors with one object per
 * credential (Seam) may stop part-way: {@code stoppedBy} is the transient or ambiguous failure that ended the
 * conversation; slots with a result keep it, the others are retried with backoff. {@code recheckIn} asks the core to
 * call the adapter for this target again after that long even when nothing new is pending
 * ({@link VendorAdapter#recheck}), e.g. to follow a command queued on an offline device.
 */
public record TargetResult(List<SlotResult> slots, int vendorCalls, VendorFailure stoppedBy, Duration recheckIn) {

    public TargetResult(List<SlotResult> slots, int vendorCalls) {
        this(slots, vendorCalls, null, null);
    }

    public TargetResult(List<SlotResult> slots, int vendorCalls, VendorFailure stoppedBy) {
        this(slots, vendorCalls, stoppedBy, null);
    }

    /** This result, with the target to be looked at again after {@code delay}. */
    public TargetResult recheckingIn(Duration delay) {
        return new TargetResult(slots, vendorCalls, stoppedBy, delay);
    }
}
