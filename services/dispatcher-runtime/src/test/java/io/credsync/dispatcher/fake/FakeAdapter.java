package io.credsync.dispatcher.fake;

import io.credsync.model.Vendor;
import io.credsync.vendor.spi.VendorConnection;
import io.credsync.vendor.spi.VendorFailure;
import io.credsync.vendor.spi.dispatch.TargetResult;
import io.credsync.vendor.spi.dispatch.TargetWork;
import io.credsync.vendor.spi.dispatch.VendorAdapter;

/** Records the call, then plays the target's next scripted step (default: apply every pending slot). */
final class FakeAdapter implements VendorAdapter {

    @Override
    public Vendor vendor() {
        return FakeVendor.VENDOR;
    }

    @Override
    public TargetResult apply(TargetWork work, VendorConnection connection) throws VendorFailure {
        var target = FakeVendor.target(work.tenant(), work.targetId());
        target.record(work, connection);
        return target.nextStep().play(work, target);
    }

    /** A recheck is one more recorded call with nothing pending, playing the next step like any other. */
    @Override
    public TargetResult recheck(TargetWork work, VendorConnection connection) throws VendorFailure {
        return apply(work, connection);
    }
}
