package io.credsync.vendor.jetstream;

import io.credsync.model.Vendor;
import io.credsync.vendor.jetstream.dispatch.JetstreamAdapter;
import io.credsync.vendor.spi.VendorPlugin;
import io.credsync.vendor.spi.dispatch.DispatchContext;
import io.credsync.vendor.spi.dispatch.VendorAdapter;

/** Jetstream RFID v3: a device's whole pass list per sync; CommandQueued/CommandCompletion events polled. */
public class JetstreamPlugin implements VendorPlugin {

    @Override
    public Vendor vendor() {
        return Vendor.JETSTREAM;
    }

    @Override
    public VendorAdapter dispatchAdapter(DispatchContext context) {
        return new JetstreamAdapter(context.http(), context.cipher());
    }
}
