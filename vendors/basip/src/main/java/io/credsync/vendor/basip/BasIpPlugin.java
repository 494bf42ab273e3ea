package io.credsync.vendor.basip;

import io.credsync.model.Vendor;
import io.credsync.vendor.basip.dispatch.BasIpAdapter;
import io.credsync.vendor.spi.VendorPlugin;
import io.credsync.vendor.spi.dispatch.DispatchContext;
import io.credsync.vendor.spi.dispatch.VendorAdapter;

/**
 * BAS-IP intercom panels: identifiers upserted and deleted by our own id on each panel's own API. Panels answer
 * synchronously, so dispatch is final and there is no event side.
 */
public class BasIpPlugin implements VendorPlugin {

    @Override
    public Vendor vendor() {
        return Vendor.BASIP;
    }

    @Override
    public VendorAdapter dispatchAdapter(DispatchContext context) {
        return new BasIpAdapter(context.http(), context.cipher(), context.settings().integer("batch-size",
                BasIpAdapter.DEFAULT_BATCH_SIZE));
    }
}
