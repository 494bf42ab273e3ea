package io.credsync.ingest.vendors;

import java.time.Clock;

import javax.sql.DataSource;

import jakarta.enterprise.context.ApplicationScoped;

import io.credsync.ingest.IngestConfig;
import io.credsync.ingest.events.IngestOutcomes;
import io.credsync.ingest.events.SeenVendorEvents;
import io.credsync.ingest.events.VendorEventDeadLetters;
import io.credsync.model.Vendor;
import io.credsync.support.connections.FollowedConnections;
import io.credsync.support.connections.SecretResolver;
import io.credsync.support.vendor.ConfiguredVendorSettings;
import io.credsync.vendor.spi.VendorHttp;
import io.credsync.vendor.spi.events.EventContext;
import io.micrometer.core.instrument.MeterRegistry;

/**
 * Assembles what the runtime lends one vendor's event side (the {@link EventContext} record is the list of
 * collaborators, hence the long constructor).
 */
@ApplicationScoped
public class EventContexts {

    private final IngestOutcomes outcomes;
    private final VendorEventDeadLetters deadLetters;
    private final FollowedConnections connections;
    private final SecretResolver secrets;
    private final MeterRegistry metrics;
    private final VendorHttp http;

    public EventContexts(IngestConfig config, IngestOutcomes outcomes, VendorEventDeadLetters deadLetters,
            FollowedConnections connections, SecretResolver secrets, MeterRegistry metrics) {
        this.outcomes = outcomes;
        this.deadLetters = deadLetters;
        this.connections = connections;
        this.secrets = secrets;
        this.metrics = metrics;
        this.http = new VendorHttp(config.vendorConnectTimeout(), config.vendorRequestTimeout(),
                ConfiguredVendorSettings.plainHttpAllowed());
    }

    public EventContext of(Vendor vendor, DataSource storage, SeenVendorEvents seen) {
        return new EventContext(storage, outcomes, seen, deadLetters, connections, secrets, http,
                new ConfiguredVendorSettings(vendor), (name, tag, value) -> metrics.counter("credsync.ingest."
                        + vendor.id() + "." + name, tag, String.valueOf(value)).increment(),
                Clock.systemUTC());
    }
}
