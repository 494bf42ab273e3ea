package io.credsync.simulator.seam;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.function.Consumer;

import io.credsync.simulator.kit.SimulatedClock;
import io.credsync.simulator.kit.SimulatorMechanism;
import io.credsync.simulator.kit.fault.RateLimit;
import io.credsync.simulator.seam.events.EventLog;
import io.credsync.simulator.seam.events.SeamEvent;
import io.credsync.simulator.seam.fault.Faults;
import io.credsync.simulator.seam.openapi.OpenApiSubset;
import io.credsync.simulator.seam.openapi.RequestSchemaValidator;
import io.credsync.simulator.seam.webhook.Webhooks;
import io.credsync.simulator.seam.workspace.AcsAccessGroup;
import io.credsync.simulator.seam.workspace.AcsEntrance;
import io.credsync.simulator.seam.workspace.AcsSystem;
import io.credsync.simulator.seam.workspace.ExternalTypes;
import io.credsync.simulator.seam.workspace.ProviderSync;
import io.credsync.simulator.seam.workspace.Workspace;
import io.vertx.core.json.JsonObject;

/**
 * The simulated Seam workspace and everything around it (provider sync, events, webhooks, faults, rate limit,
 * request counts), without HTTP. This is the Java control API; {@link SeamSimulator} serves it over HTTP and
 * {@code /_control} exposes the same operations.
 */
public final class SeamSimulation implements AutoCloseable {

    private final SimulatorSettings settings;
    private final ScheduledExecutorService scheduler;
    private final Webhooks webhooks;
    private final EventLog events;
    private final ProviderSync sync;
    private final Workspace workspace;
    private final SimulatorMechanism mechanism;
    private final Faults faults;
    private final RateLimit rateLimit = new RateLimit();
    private final OpenApiSubset openApi = OpenApiSubset.load();
    private final RequestSchemaValidator validator = new RequestSchemaValidator(openApi);
    private final List<Consumer<SeamSimulation>> resetHooks = new CopyOnWriteArrayList<>();
    private volatile boolean rejectUnknownFields;

    public SeamSimulation(SimulatorSettings settings) {
        this.settings = settings;
        this.mechanism = new SimulatorMechanism(settings.clock());
        this.faults = new Faults(mechanism.faults());
        SimulatedClock clock = mechanism.clock();
        this.scheduler = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "seam-simulator");
            thread.setDaemon(true);
            return thread;
        });
        this.webhooks = new Webhooks(scheduler, clock, settings.webhookAttemptTimeout());
        this.webhooks.reset(settings.webhookUrl(), settings.webhookSecret(), settings.webhookRetryScale());
        this.events = new EventLog(clock, settings.workspaceId(), settings.connectedAccountId(),
                webhooks::publish);
        this.sync = new ProviderSync(scheduler, settings.syncDelay());
        this.workspace = new Workspace(settings.workspaceId(), settings.connectedAccountId(), clock, events,
                sync);
    }

    public SimulatorSettings settings() {
        return settings;
    }

    public String apiKey() {
        return settings.apiKey();
    }

    public String workspaceId() {
        return settings.workspaceId();
    }

    public String connectedAccountId() {
        return settings.connectedAccountId();
    }

    /** The settings' clock, which tests can move forward ({@code clock().advance(...)}, {@code /_control/clock}). */
    public SimulatedClock clock() {
        return mechanism.clock();
    }

    // --- workspace fixtures

    public AcsSystemFixture addAcsSystem(String name) {
        return addAcsSystem(name, List.of(), List.of());
    }

    /** An access system (type {@code pti_site}) with entrances and access groups of the given names. */
    public AcsSystemFixture addAcsSystem(String name, List<String> entranceNames, List<String> accessGroupNames) {
        return addAcsSystem(UUID.randomUUID().toString(), name, ExternalTypes.DEFAULT_SYSTEM_TYPE, entranceNames,
                accessGroupNames);
    }

    /** As above with a chosen id and {@code external_type} (one of {@link ExternalTypes#systemTypes()}). */
    public AcsSystemFixture addAcsSystem(String acsSystemId, String name, String externalType,
            List<String> entranceNames, List<String> accessGroupNames) {
        if (!ExternalTypes.systemTypes().contains(externalType)) {
            throw new IllegalArgumentException("external_type must be one of " + ExternalTypes.systemTypes());
        }
        workspace.addSystem(acsSystemId, name, externalType);
        entranceNames.forEach(entrance -> addAcsEntrance(acsSystemId, entrance));
        accessGroupNames.forEach(group -> addAcsAccessGroup(acsSystemId, group));
        return acsSystem(acsSystemId).orElseThrow();
    }

    public String addAcsEntrance(String acsSystemId, String displayName) {
        return addAcsEntrance(acsSystemId, UUID.randomUUID().toString(), displayName);
    }

    public String addAcsEntrance(String acsSystemId, String acsEntranceId, String displayName) {
        return workspace.addEntrance(acsEntranceId, acsSystemId, displayName).acsEntranceId();
    }

    public String addAcsAccessGroup(String acsSystemId, String name) {
        return addAcsAccessGroup(acsSystemId, UUID.randomUUID().toString(), name);
    }

    public String addAcsAccessGroup(String acsSystemId, String acsAccessGroupId, String name) {
        return workspace.addAccessGroup(acsAccessGroupId, acsSystemId, name).acsAccessGroupId();
    }

    public List<AcsSystemFixture> acsSystems() {
        List<AcsSystemFixture> fixtures = new ArrayList<>();
        for (AcsSystem system : workspace.systems()) {
            Map<String, String> entrances = new LinkedHashMap<>();
            for (AcsEntrance entrance : workspace.entrances()) {
                if (entrance.acsSystemId().equals(system.acsSystemId())) {
                    entrances.put(entrance.displayName(), entrance.acsEntranceId());
                }
            }
            Map<String, String> groups = new LinkedHashMap<>();
            for (AcsAccessGroup group : workspace.accessGroups()) {
                if (group.acsSystemId().equals(system.acsSystemId())) {
                    groups.put(group.name(), group.acsAccessGroupId());
                }
            }
            fixtures.add(new AcsSystemFixture(system.acsSystemId(), system.name(), system.externalType(),
                    connectedAccountId(), Map.copyOf(entrances), Map.copyOf(groups)));
        }
        return fixtures;
    }

    public Optional<AcsSystemFixture> acsSystem(String acsSystemId) {
        return acsSystems().stream().filter(s -> s.acsSystemId().equals(acsSystemId)).findFirst();
    }

    // --- the access systems' behaviour

    public void syncDelay(Duration delay) {
        sync.delay(delay);
    }

    public Duration syncDelay() {
        return sync.delay();
    }

    /** From now on the access system refuses writes: they end with {@code failed_to_*_on_acs_system} errors. */
    public void failSystem(String acsSystemId) {
        sync.fail(acsSystemId);
    }

    public void recoverSystem(String acsSystemId) {
        sync.recover(acsSystemId);
    }

    public Set<String> failingSystems() {
        return sync.failingSystems();
    }

    /** The access system invalidated the credential: sends {@code acs_credential.invalidated}. */
    public void invalidateCredential(String acsCredentialId) {
        workspace.credentials().invalidate(acsCredentialId);
    }

    // --- inspection

    /** Every credential ever created, deleted ones included, in creation order. */
    public List<SimulatedCredential> credentials() {
        return workspace.credentials().snapshots();
    }

    public Optional<SimulatedCredential> credential(String acsCredentialId) {
        return credentials().stream().filter(c -> c.acsCredentialId().equals(acsCredentialId)).findFirst();
    }

    /** Every acs_user ever created, deleted ones included, in creation order. */
    public List<SimulatedUser> users() {
        return workspace.users().snapshots();
    }

    public List<SeamEvent> events() {
        return events.all();
    }

    // --- faults and switches

    /** Fault on demand: publishes a broken event (see {@link EventLog#appendRaw}); returns its id. */
    public String publishRawEvent(String eventType, JsonObject fields) {
        return events.appendRaw(eventType, fields).eventId();
    }

    public Faults faults() {
        return faults;
    }

    public Webhooks webhooks() {
        return webhooks;
    }

    public RateLimit rateLimit() {
        return rateLimit;
    }

    public long requestCount(String route) {
        return mechanism.requests().count(route);
    }

    /** Requests per API route, whatever their method. */
    public Map<String, Long> requestCounts() {
        return mechanism.requests().byTemplate();
    }

    /**
     * Seam's schemas allow unknown fields (they are ignored, as here by default); set this to answer
     * {@code invalid_input} ("Unrecognized key(s) in object") instead, to catch a client sending fields it should not.
     */
    public void rejectUnknownFields(boolean reject) {
        this.rejectUnknownFields = reject;
    }

    public boolean rejectUnknownFields() {
        return rejectUnknownFields;
    }

    /** Run after every {@link #reset()} (standalone mode re-creates its seed fixtures this way). */
    public void onReset(Consumer<SeamSimulation> hook) {
        resetHooks.add(hook);
    }

    /** Back to the start: no fixtures, users, credentials, events, deliveries, faults or counts; settings restored. */
    public void reset() {
        workspace.clear();
        events.clear();
        webhooks.reset(settings.webhookUrl(), settings.webhookSecret(), settings.webhookRetryScale());
        sync.reset(settings.syncDelay());
        mechanism.reset();
        rateLimit.off();
        rejectUnknownFields = false;
        resetHooks.forEach(hook -> hook.accept(this));
    }

    // --- for the HTTP layer

    /** The kit's faults, request counts and clock. */
    public SimulatorMechanism mechanism() {
        return mechanism;
    }

    public Workspace workspace() {
        return workspace;
    }

    public EventLog eventLog() {
        return events;
    }

    public OpenApiSubset openApi() {
        return openApi;
    }

    public RequestSchemaValidator validator() {
        return validator;
    }

    @Override
    public void close() {
        scheduler.shutdownNow();
    }
}
