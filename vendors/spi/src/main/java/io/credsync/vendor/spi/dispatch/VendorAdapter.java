package io.credsync.vendor.spi.dispatch;

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
}
