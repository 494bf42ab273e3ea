package io.credsync.simulator.jetstream;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import io.credsync.simulator.kit.SimulatedClock;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.Router;

/**
 * The Java control API: devices, faults, clock, request counts and events. The same operations are served over
 * HTTP under {@code /_control} by {@link ControlRoutes}.
 */
public class SimulatorControl {

    final SimulatorState state;

    SimulatorControl(SimulatorState state) {
        this.state = state;
    }

    /** A simulator without its own server, for an application that serves its routes (standalone mode). */
    public static SimulatorControl create(SimulatorSettings settings) {
        return new SimulatorControl(new SimulatorState(settings));
    }

    /** Installs the vendor routes ({@code /3/…}) and the control routes ({@code /_control/…}). */
    public void installRoutes(Router router) {
        JetstreamRoutes.install(router, state);
        ControlRoutes.install(router, this);
    }

    public String accessKey() {
        return state.settings.accessKey();
    }

    /** The device with this name, created (online, empty lists) if it does not exist yet. */
    public DeviceHandle device(String name) {
        CredentialRules.validDeviceName(name);
        state.locked(() -> state.devices.createIfAbsent(name));
        return new DeviceHandle(state, name);
    }

    public Optional<DeviceHandle> findDevice(String name) {
        return state.locked(() -> state.devices.find(name).map(device -> new DeviceHandle(state, name)));
    }

    public List<DeviceHandle> devices() {
        return state.locked(() -> state.devices.all().stream().map(d -> new DeviceHandle(state, d.name())).toList());
    }

    /** Removes the device (its queued commands are dropped without events); {@code false} if it did not exist. */
    public boolean removeDevice(String name) {
        return state.locked(() -> state.devices.remove(name));
    }

    /** The list the device itself holds. */
    public List<String> deviceAcl(String device) {
        return existing(device).deviceAcl();
    }

    /** The list Jetstream stores for the device. */
    public List<String> storedAcl(String device) {
        return existing(device).storedAcl();
    }

    public JetstreamFaults faults() {
        return new JetstreamFaults(state.mechanism.faults());
    }

    public SimulatedClock clock() {
        return state.clock;
    }

    /** Requests received for an endpoint, e.g. {@code ("POST", JetstreamPaths.CREDENTIALS_SYNC)}. */
    public long requestCount(String method, String template) {
        return state.mechanism.requests().count(method, template);
    }

    /** Requests received for an endpoint naming this device. */
    public long requestCount(String method, String template, String device) {
        return state.mechanism.requests().count(method, template, device);
    }

    /** {@code "POST /3/devices/{DeviceName}/credentials/sync" -> count}. */
    public Map<String, Long> requestCounts() {
        return state.mechanism.requests().byEndpoint();
    }

    /** {@code "POST /3/devices/{DeviceName}/credentials/sync" -> device -> count}. */
    public Map<String, Map<String, Long>> requestCountsByDevice() {
        return state.mechanism.requests().byAccount();
    }

    public void resetRequestCounts() {
        state.mechanism.requests().clear();
    }

    /** Published events not yet acknowledged, oldest first (reading them here creates no batch). */
    public List<JsonObject> pendingEvents() {
        return state.locked(() -> state.events.all().stream().map(entry -> entry.body().copy()).toList());
    }

    /**
     * Fault on demand: publishes an event as given, however broken (a vendor answer gone wrong), so that a reader's
     * resilience to it can be shown. The event gets no id unless it has one.
     */
    public void publishRawEvent(JsonObject event) {
        state.locked(() -> {
            state.events.append(event);
            return null;
        });
    }

    /** Fault on demand: every pending event of this type is delivered twice (same EventId); how many were. */
    public int duplicatePendingEvents(String type) {
        return state.locked(() -> state.events.duplicate(event -> type.equals(event.getString("Type"))));
    }

    /** Fault on demand: this pending event is delivered after every other one; false if there is none. */
    public boolean deliverLate(String eventId) {
        return state.locked(() -> state.events.deliverLate(eventId));
    }

    /** Pending events of one type, e.g. {@code "CommandCompletionEvent"}. */
    public List<JsonObject> pendingEvents(String type) {
        return pendingEvents().stream().filter(event -> type.equals(event.getString("Type"))).toList();
    }

    /** Back to the start: configured devices only; no events, faults, request counts or clock offset. */
    public void reset() {
        state.reset();
    }

    private DeviceHandle existing(String name) {
        return findDevice(name).orElseThrow(() -> new IllegalArgumentException("no device '" + name + "'"));
    }
}
