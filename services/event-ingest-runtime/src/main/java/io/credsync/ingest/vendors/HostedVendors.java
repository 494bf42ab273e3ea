package io.credsync.ingest.vendors;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.jboss.logging.Logger;

import io.credsync.ingest.IngestConfig;
import io.credsync.ingest.events.SeenVendorEvents;
import io.credsync.model.Vendor;
import io.credsync.support.connections.FollowedConnections;
import io.credsync.support.plugins.PluginSelection;
import io.credsync.vendor.spi.VendorPlugin;
import io.quarkus.runtime.StartupEvent;

/**
 * The vendors whose event sides this process hosts: the installed plug-ins ({@link VendorPlugin#installed()}) that
 * {@code credsync.ingest.vendors} names (default all) and that have an event side, each with its schema migrated.
 * Built once, at startup or on first use (the outcome consumer may start first).
 */
@ApplicationScoped
public class HostedVendors {

    private static final Logger LOG = Logger.getLogger(HostedVendors.class);

    private final IngestConfig config;
    private final VendorSchemas schemas;
    private final EventContexts contexts;
    private final FollowedConnections connections;
    private List<HostedVendor> hosted;

    public HostedVendors(IngestConfig config, VendorSchemas schemas, EventContexts contexts,
            FollowedConnections connections) {
        this.config = config;
        this.schemas = schemas;
        this.contexts = contexts;
        this.connections = connections;
    }

    void start(@Observes StartupEvent event) {
        all();
    }

    public synchronized List<HostedVendor> all() {
        if (hosted == null) {
            hosted = host();
        }
        return hosted;
    }

    public Optional<HostedVendor> find(String vendorId) {
        return all().stream().filter(h -> h.vendor().id().equals(vendorId)).findFirst();
    }

    private List<HostedVendor> host() {
        connections.start(); // idempotent; the sides look connections up from their first outcome or job
        var found = new ArrayList<HostedVendor>();
        for (VendorPlugin plugin : PluginSelection.select(String.join(",", config.vendors()),
                VendorPlugin.installed())) {
            Vendor vendor = plugin.vendor();
            var storage = schemas.migrate(vendor, plugin.eventMigrations());
            var seen = new SeenVendorEvents(storage);
            plugin.eventSide(contexts.of(vendor, storage, seen)).ifPresent(side -> found.add(new HostedVendor(
                    vendor, side, seen, config.seenEventRetention())));
        }
        LOG.infof("hosting the event sides of %s", found.stream().map(h -> h.vendor().id()).toList());
        return List.copyOf(found);
    }
}
