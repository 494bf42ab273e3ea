package io.credsync.simulator.jetstream;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;

/** Control of one simulated device, by name; every call reads or changes the live state. */
public final class DeviceHandle {

    private final SimulatorState state;
    private final String name;

    DeviceHandle(SimulatorState state, String name) {
        this.state = state;
        this.name = name;
    }

    public String name() {
        return name;
    }

    /** Takes the device offline, or brings it back: it then runs its queued commands in order. */
    public DeviceHandle online(boolean online) {
        return change(device -> {
            device.online(online);
            if (online) {
                state.commands.deliverQueued(device);
            }
            return this;
        });
    }

    public boolean isOnline() {
        return read(Device::online);
    }

    /** The list the device itself holds: what the last executed sync gave it. */
    public List<String> deviceAcl() {
        return read(Device::onDevice);
    }

    /** Overwrites the device's own list without a command (simulates drift, e.g. a device reset). */
    public DeviceHandle deviceAcl(List<String> credentials) {
        return change(device -> {
            device.overwriteOnDevice(credentials);
            return this;
        });
    }

    /** The list Jetstream stores for the device (what the next sync would push). */
    public List<String> storedAcl() {
        return read(Device::stored);
    }

    /** Commands waiting for the device to come online, oldest first. */
    public List<String> queuedCommandIds() {
        return read(device -> device.queue().ids());
    }

    /** When a sync last ran on the device. */
    public Optional<Instant> lastSync() {
        return read(Device::lastSync);
    }

    JsonObject toJson() {
        return read(device -> new JsonObject()
                .put("name", name)
                .put("online", device.online())
                .put("storedCredentials", new JsonArray(device.stored()))
                .put("deviceCredentials", new JsonArray(device.onDevice()))
                .put("queuedCommandIds", new JsonArray(device.queue().ids()))
                .put("lastSync", device.lastSync().map(JetstreamTimes::eventTime).orElse(null)));
    }

    private <T> T read(Function<Device, T> query) {
        return change(query);
    }

    private <T> T change(Function<Device, T> work) {
        return state.locked(() -> work.apply(state.devices.find(name)
                .orElseThrow(() -> new IllegalStateException("no device '" + name + "' (removed?)"))));
    }
}
