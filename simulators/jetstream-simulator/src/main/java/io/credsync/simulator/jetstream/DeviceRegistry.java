package io.credsync.simulator.jetstream;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/** The devices that exist: only those created through the control API (or configured at start). */
final class DeviceRegistry {

    private final Map<String, Device> devices = new TreeMap<>();

    Optional<Device> find(String name) {
        return Optional.ofNullable(devices.get(name));
    }

    /** The device, or 404 as the vendor API answers for a device it does not know. */
    Device require(String name) {
        return find(name).orElseThrow(() -> new ApiException(404, "Device '" + name + "' was not found."));
    }

    Device createIfAbsent(String name) {
        return devices.computeIfAbsent(name, Device::new);
    }

    boolean remove(String name) {
        return devices.remove(name) != null;
    }

    Collection<Device> all() {
        return List.copyOf(devices.values());
    }

    void clear() {
        devices.clear();
    }
}
