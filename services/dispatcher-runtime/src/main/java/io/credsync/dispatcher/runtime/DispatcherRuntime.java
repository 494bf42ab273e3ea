package io.credsync.dispatcher.runtime;

import java.util.ArrayList;
import java.util.List;

import javax.sql.DataSource;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import io.credsync.dispatcher.config.DispatcherConfig;
import io.credsync.dispatcher.messaging.CommandIntake;
import io.credsync.dispatcher.work.DispatchWorker;
import io.credsync.dispatcher.work.TargetDispatcher;
import io.credsync.dispatcher.work.WorkStore;
import io.credsync.model.crypto.ValueCipher;
import io.credsync.support.connections.FollowedConnections;
import io.credsync.support.health.Heartbeats;
import io.credsync.support.kafka.KafkaClientSettings;
import io.credsync.support.messaging.RecordGuard;
import io.credsync.support.plugins.PluginSelection;
import io.credsync.support.storage.SchemaDataSource;
import io.credsync.support.storage.SchemaMigrations;
import io.credsync.support.vendor.ConfiguredVendorSettings;
import io.credsync.support.vendor.OutcomePublisher;
import io.credsync.vendor.spi.VendorHttp;
import io.credsync.vendor.spi.VendorPlugin;
import io.credsync.vendor.spi.dispatch.DispatchContext;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;

/**
 * The dispatcher process: finds the vendor plug-ins on the class path, keeps those {@code credsync.dispatcher.vendors}
 * selects (env {@code CREDSYNC_DISPATCHER_VENDORS}, default {@code all}) and runs one {@link VendorLane} each, with
 * topic, consumer group and schema derived from the vendor id. Connections come from the registry
 * ({@link FollowedConnections}), never from this process' configuration.
 */
@ApplicationScoped
public class DispatcherRuntime {

    private static final Logger LOG = Logger.getLogger(DispatcherRuntime.class);

    private final List<VendorLane> lanes = new ArrayList<>();
    private final DataSource pool;
    private final DispatcherConfig config;
    private final FollowedConnections connections;
    private final OutcomePublisher outcomes;
    private final RecordGuard guard;
    private final ValueCipher cipher;
    private final Heartbeats heartbeats;
    private final MeterRegistry metrics;
    private final String selection;
    private final String groupPrefix;
    private final KafkaClientSettings kafka;

    public DispatcherRuntime(DataSource pool, DispatcherConfig config, FollowedConnections connections,
            OutcomePublisher outcomes, RecordGuard guard, ValueCipher cipher, Heartbeats heartbeats,
            MeterRegistry metrics,
            @ConfigProperty(name = "credsync.dispatcher.vendors", defaultValue = "all") String selection,
            @ConfigProperty(name = "credsync.dispatcher.group-prefix", defaultValue = "dispatcher-") String groupPrefix,
            KafkaClientSettings kafka) {
        this.pool = pool;
        this.config = config;
        this.connections = connections;
        this.outcomes = outcomes;
        this.guard = guard;
        this.cipher = cipher;
        this.heartbeats = heartbeats;
        this.metrics = metrics;
        this.selection = selection;
        this.groupPrefix = groupPrefix;
        this.kafka = kafka;
    }

    void start(@Observes StartupEvent event) {
        var plugins = PluginSelection.select(selection, VendorPlugin.installed());
        if (plugins.isEmpty()) {
            throw new IllegalStateException("no vendor plug-in on the class path: nothing to dispatch");
        }
        connections.start();
        var http = new VendorHttp(config.connectTimeout(), config.requestTimeout(),
                ConfiguredVendorSettings.plainHttpAllowed());
        for (VendorPlugin plugin : plugins) {
            lanes.add(lane(plugin, http));
        }
        lanes.forEach(VendorLane::start);
        LOG.infof("dispatching for %s", PluginSelection.ids(plugins));
    }

    void stop(@Observes ShutdownEvent event) {
        for (VendorLane lane : lanes) {
            try {
                lane.stop();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    /** The vendors this process dispatches for, in start order. */
    public List<String> vendors() {
        return lanes.stream().map(l -> l.plugin().vendor().id()).toList();
    }

    private VendorLane lane(VendorPlugin plugin, VendorHttp http) {
        String vendor = plugin.vendor().id();
        var storage = new SchemaDataSource(pool, "dispatcher_" + vendor);
        var files = new ArrayList<>(List.of("db/dispatcher/V1__dispatcher.sql", "db/dispatcher/V2__lease_owner.sql"));
        files.addAll(plugin.dispatchMigrations());
        int applied = SchemaMigrations.migrate(storage, storage.schema(), files);
        LOG.debugf("%s: %d migrations applied to %s", vendor, applied, storage.schema());
        var adapter = plugin.dispatchAdapter(new DispatchContext(storage, http, cipher,
                new ConfiguredVendorSettings(plugin.vendor())));
        // leases held under the replica's stable name, else under a name of this process alone
        var store = kafka.replica().value().map(name -> new WorkStore(storage, name))
                .orElseGet(() -> new WorkStore(storage));
        var dispatcher = new TargetDispatcher(store, adapter, connections, outcomes, config, metrics);
        var worker = new DispatchWorker(vendor, store, dispatcher, config, heartbeats);
        var intake = new CommandIntake(plugin.vendor(), groupPrefix + vendor, kafka, store, outcomes, worker,
                guard, cipher, heartbeats);
        return new VendorLane(plugin, storage.schema(), store, worker, intake);
    }
}
