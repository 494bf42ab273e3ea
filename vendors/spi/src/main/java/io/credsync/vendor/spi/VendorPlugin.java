package io.credsync.vendor.spi;

import java.util.List;
import java.util.Optional;
import java.util.ServiceLoader;

import io.credsync.model.Vendor;
import io.credsync.vendor.spi.dispatch.DispatchContext;
import io.credsync.vendor.spi.dispatch.VendorAdapter;
import io.credsync.vendor.spi.events.EventContext;
import io.credsync.vendor.spi.events.EventSide;

/**
 * One vendor's slice, found by {@link ServiceLoader} ({@code META-INF/services/io.credsync.vendor.spi.VendorPlugin}),
 * the way Kafka Connect finds connectors: the dispatcher runtime builds its adapter, event-ingest its event side. A
 * plug-in is plain Java; the runtimes own threads, Kafka, transactions, retries and health.
 */
public interface VendorPlugin {

    Vendor vendor();

    /** The dispatch side, built once per runtime start. */
    VendorAdapter dispatchAdapter(DispatchContext context);

    /**
     * The migration files of the vendor's own dispatcher tables (class-path resources, named one by one: nothing is
     * scanned), migrated with the runtime's into the vendor's schema {@code dispatcher_<vendor>}, with versions from
     * {@code V1000} (the runtime's stay below).
     */
    default List<String> dispatchMigrations() {
        return List.of();
    }

    /** The event side (pollers, webhooks, read-backs), hosted by event-ingest; empty when dispatch is final. */
    default Optional<EventSide> eventSide(EventContext context) {
        return Optional.empty();
    }

    /** The migration files of the vendor's event-side tables, migrated the same way into {@code ingest_<vendor>}. */
    default List<String> eventMigrations() {
        return List.of();
    }

    /**
     * Every plug-in on the class path. Loaded by the loader of this interface, not the thread's context loader: a
     * plug-in defined by another loader than the runtime's would not link with the runtime's SPI classes (a test
     * JVM has two loaders holding the same classes).
     */
    static List<VendorPlugin> installed() {
        return ServiceLoader.load(VendorPlugin.class, VendorPlugin.class.getClassLoader()).stream()
                .map(ServiceLoader.Provider::get).toList();
    }
}
