package io.credsync.dispatcher.fake;

import io.credsync.model.Vendor;
import io.credsync.vendor.spi.VendorPlugin;
import io.credsync.vendor.spi.dispatch.DispatchContext;
import io.credsync.vendor.spi.dispatch.VendorAdapter;

/**
 * The fake vendor the runtime's own tests host (registered in src/test/resources/META-INF/services only). It borrows
 * {@link Vendor#BASIP}, a vendor without a module yet, for its topic, schema and consumer group: the Vendor enum is a
 * contract and gets no test-only value.
 */
public class FakeVendorPlugin implements VendorPlugin {

    @Override
    public Vendor vendor() {
        return FakeVendor.VENDOR;
    }

    @Override
    public VendorAdapter dispatchAdapter(DispatchContext context) {
        return new FakeAdapter();
    }
}
