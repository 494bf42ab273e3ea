package io.credsync.vendor.genetec;

import java.time.Clock;
import java.util.List;
import java.util.Optional;

import io.credsync.model.Vendor;
import io.credsync.vendor.genetec.api.AccessTokens;
import io.credsync.vendor.genetec.dispatch.DeviceLedger;
import io.credsync.vendor.genetec.dispatch.GenetecAdapter;
import io.credsync.vendor.spi.VendorPlugin;
import io.credsync.vendor.spi.dispatch.DispatchContext;
import io.credsync.vendor.spi.dispatch.VendorAdapter;
import io.credsync.vendor.spi.events.EventContext;
import io.credsync.vendor.spi.events.EventSide;

/**
 * Genetec Clearance Device Service: device secrets negotiated and committed per device, answered at once, so the
 * slice has no event side.
 */
public class GenetecPlugin implements VendorPlugin {

    @Override
    public Vendor vendor() {
        return Vendor.GENETEC;
    }

    @Override
    public VendorAdapter dispatchAdapter(DispatchContext context) {
        return new GenetecAdapter(context.http(), new DeviceLedger(context.storage()), context.cipher(),
                new AccessTokens(context.http(), Clock.systemUTC()));
    }

    @Override
    public List<String> dispatchMigrations() {
        return List.of("db/genetec/dispatch/V1000__genetec_devices.sql");
    }

    @Override
    public Optional<EventSide> eventSide(EventContext context) {
        return Optional.empty();
    }

    @Override
    public List<String> eventMigrations() {
        return List.of();
    }
}
