package io.credsync.vendor.jetstream;

import java.time.Clock;
import java.util.List;
import java.util.Optional;

import io.credsync.model.Vendor;
import io.credsync.vendor.jetstream.dispatch.JetstreamAdapter;
import io.credsync.vendor.jetstream.events.JetstreamEventSide;
import io.credsync.vendor.spi.VendorPlugin;
import io.credsync.vendor.spi.dispatch.DispatchContext;
import io.credsync.vendor.spi.dispatch.VendorAdapter;
import io.credsync.vendor.spi.events.EventContext;
import io.credsync.vendor.spi.events.EventSide;

/** Jetstream RFID v3: a device's whole pass list per sync; CommandQueued/CommandCompletion events polled. */
public class JetstreamPlugin implements VendorPlugin {

    @Override
    public Vendor vendor() {
        return Vendor.JETSTREAM;
    }

    @Override
    public VendorAdapter dispatchAdapter(DispatchContext context) {
        return new JetstreamAdapter(context.http(), context.cipher(), context.settings(), Clock.systemUTC());
    }

    @Override
    public Optional<EventSide> eventSide(EventContext context) {
        return Optional.of(new JetstreamEventSide(context));
    }

    @Override
    public List<String> eventMigrations() {
        return List.of(JetstreamEventSide.MIGRATIONS);
    }
}
