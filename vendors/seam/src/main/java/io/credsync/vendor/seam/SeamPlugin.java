package io.credsync.vendor.seam;

import java.util.List;
import java.util.Optional;

import io.credsync.model.Vendor;
import io.credsync.vendor.seam.dispatch.SeamAdapter;
import io.credsync.vendor.seam.dispatch.SeamUsers;
import io.credsync.vendor.seam.events.SeamEventSide;
import io.credsync.vendor.spi.VendorPlugin;
import io.credsync.vendor.spi.dispatch.DispatchContext;
import io.credsync.vendor.spi.dispatch.VendorAdapter;
import io.credsync.vendor.spi.events.EventContext;
import io.credsync.vendor.spi.events.EventSide;

/** Seam Connect access control: acs_users and acs_credentials per access system; webhooks, events and read-back. */
public class SeamPlugin implements VendorPlugin {

    @Override
    public Vendor vendor() {
        return Vendor.SEAM;
    }

    @Override
    public VendorAdapter dispatchAdapter(DispatchContext context) {
        return new SeamAdapter(context.http(), new SeamUsers(context.storage()), context.cipher());
    }

    @Override
    public List<String> dispatchMigrations() {
        return List.of("db/seam/dispatch/V1000__seam_user.sql", "db/seam/dispatch/V1001__seam_user_schedule.sql");
    }

    @Override
    public Optional<EventSide> eventSide(EventContext context) {
        return Optional.of(new SeamEventSide(context));
    }

    @Override
    public List<String> eventMigrations() {
        return List.of(SeamEventSide.MIGRATIONS);
    }
}
