package io.credsync.vendor.intserv;

import java.time.Clock;
import java.util.List;
import java.util.Optional;

import io.credsync.model.Vendor;
import io.credsync.vendor.intserv.dispatch.IntServAdapter;
import io.credsync.vendor.intserv.dispatch.KeyLedger;
import io.credsync.vendor.intserv.events.IntServEventSide;
import io.credsync.vendor.spi.VendorPlugin;
import io.credsync.vendor.spi.dispatch.DispatchContext;
import io.credsync.vendor.spi.dispatch.VendorAdapter;
import io.credsync.vendor.spi.events.EventContext;
import io.credsync.vendor.spi.events.EventSide;

/**
 * IntServ Access API: access keys written for persons with access levels, answered at once; their propagation to
 * each access control system is polled by the event side until applied or failed.
 */
public class IntServPlugin implements VendorPlugin {

    @Override
    public Vendor vendor() {
        return Vendor.INTSERV;
    }

    @Override
    public VendorAdapter dispatchAdapter(DispatchContext context) {
        return new IntServAdapter(context.http(), new KeyLedger(context.storage()), context.cipher(),
                Clock.systemUTC());
    }

    @Override
    public List<String> dispatchMigrations() {
        return List.of("db/intserv/dispatch/V1000__intserv_keys.sql");
    }

    @Override
    public Optional<EventSide> eventSide(EventContext context) {
        return Optional.of(new IntServEventSide(context));
    }

    @Override
    public List<String> eventMigrations() {
        return List.of(IntServEventSide.MIGRATIONS);
    }
}
