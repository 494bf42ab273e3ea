package io.credsync.vendor.spi.dispatch;

import java.util.List;

import io.credsync.model.Vendor;
import io.credsync.vendor.spi.VendorConnection;
import io.credsync.vendor.spi.VendorFailure;

/**
 * What a vendor module implements: turn one target's pending desired states into vendor calls. Everything else
 * (consuming, deduplication, ordering, retries, rate limits, circuit breaking, outcomes) is the core's.
 *
 * <p>
 * Called on a worker thread (blocking I/O is fine), never concurrently for the same target.
 */
public interface VendorAdapter {

    Vendor vendor();

    /**
     * Brings the target to the desired states of {@code work.pending()}. {@code work.all()} holds every credential
     * known on the target (needed by vendors whose target holds one list, like a Jetstream device).
     *
     * @return what happened to each pending slot
     * @throws VendorFailure classified: transient (retried), permanent (fails the pending slots), ambiguous (the
     *         request may have been applied: the core retries, and the adapter must read back before writing again)
     */
    TargetResult apply(TargetWork work, VendorConnection connection) throws VendorFailure;

    /**
     * Called instead of {@link #apply} when a target comes due with nothing pending, because an earlier result asked
     * for a recheck ({@link TargetResult#recheckIn}). The default has nothing to look at.
     */
    default TargetResult recheck(TargetWork work, VendorConnection connection) throws VendorFailure {
        return new TargetResult(List.of(), 0);
    }
}
