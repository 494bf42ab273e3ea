package io.credsync.simulator.jetstream;

import java.time.Instant;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * A Jetstream device: the access list Jetstream stores for it, the list the device itself holds (changed only by
 * a sync), whether it is online, and its queued commands. Guarded by the simulator's lock.
 */
final class Device {

    private final String name;
    private final Set<String> stored = new LinkedHashSet<>();
    private final CommandQueue queue = new CommandQueue();
    private List<String> onDevice = List.of();
    private boolean online = true;
    private Instant lastSync;

    Device(String name) {
        this.name = name;
    }

    String name() {
        return name;
    }

    List<String> stored() {
        return List.copyOf(stored);
    }

    void addStored(Collection<String> credentials) {
        stored.addAll(credentials);
    }

    void replaceStored(Collection<String> credentials) {
        stored.clear();
        stored.addAll(credentials);
    }

    void removeStored(Collection<String> credentials) {
        stored.removeAll(credentials);
    }

    List<String> onDevice() {
        return onDevice;
    }

    /** Sets the device's own list directly (control API only: simulates drift or a factory reset). */
    void overwriteOnDevice(List<String> credentials) {
        onDevice = List.copyOf(new LinkedHashSet<>(credentials));
    }

    boolean online() {
        return online;
    }

    void online(boolean online) {
        this.online = online;
    }

    CommandQueue queue() {
        return queue;
    }

    /** The device received the command: its whole list becomes the command's snapshot. */
    void execute(SyncCommand command, Instant at) {
        onDevice = command.credentials();
        lastSync = at;
    }

    Optional<Instant> lastSync() {
        return Optional.ofNullable(lastSync);
    }
}
