package io.credsync.simulator.genetec;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

import io.credsync.simulator.kit.SimulatedClock;
import io.credsync.simulator.kit.SimulatorMechanism;

/**
 * The account behind one lock: the STS, the principal's "Manage devices" policy, devices, negotiations and each
 * device identity's current credential, with the kit's faults, counts and clock.
 */
final class SimulatorState {

    final SimulatorSettings settings;
    final SimulatorMechanism mechanism = new SimulatorMechanism();
    final SimulatedClock clock = mechanism.clock();
    final StsTokens sts;
    private final Map<String, Device> devices = new LinkedHashMap<>();
    private final Map<String, Transaction> transactions = new LinkedHashMap<>();
    /** Device identity → its current (committed) credential. */
    private final Map<String, String> current = new HashMap<>();
    /** Device identity → a credential the device reported invalid ({@code credential/failed}). */
    private final Map<String, String> failed = new HashMap<>();
    private final Object lock = new Object();
    boolean canManage = true;
    int activeDeviceLimit;

    SimulatorState(SimulatorSettings settings) {
        this.settings = settings;
        this.sts = new StsTokens(settings, clock);
        this.activeDeviceLimit = settings.activeDeviceLimit();
    }

    <T> T locked(Supplier<T> work) {
        synchronized (lock) {
            return work.get();
        }
    }

    Device register(Device device) {
        devices.put(device.id, device);
        return device;
    }

    Optional<Device> device(String id) {
        return Optional.ofNullable(devices.get(id));
    }

    List<Device> devices() {
        return locked(() -> List.copyOf(devices.values()));
    }

    List<Device> devicesOf(String serialNumber, String manufacturer) {
        String identity = Device.identity(serialNumber, manufacturer);
        return devices.values().stream().filter(d -> d.identity().equals(identity)).toList();
    }

    long activeDevices() {
        return devices.values().stream().filter(d -> d.active).count();
    }

    Transaction open(Transaction transaction) {
        transactions.put(transaction.id(), transaction);
        return transaction;
    }

    Optional<Transaction> transaction(String id) {
        return Optional.ofNullable(transactions.get(id));
    }

    void close(Transaction transaction) {
        transactions.put(transaction.id(), transaction);
        if (transaction.status() == Transaction.Status.COMMITTED) {
            String identity = Device.identity(transaction.serialNumber(), transaction.manufacturer());
            current.put(identity, transaction.credential());
            failed.remove(identity);
        }
    }

    List<Transaction> transactions() {
        return locked(() -> new ArrayList<>(transactions.values()));
    }

    Optional<String> current(String serialNumber, String manufacturer) {
        return locked(() -> Optional.ofNullable(current.get(Device.identity(serialNumber, manufacturer))));
    }

    List<Transaction> pending(String serialNumber, String manufacturer) {
        return transactions.values().stream().filter(t -> t.status() == Transaction.Status.OPEN
                && t.serialNumber().equals(serialNumber) && t.manufacturer().equals(manufacturer)).toList();
    }

    void markFailed(String serialNumber, String manufacturer, String credential) {
        failed.put(Device.identity(serialNumber, manufacturer), credential);
    }

    boolean isFailed(String serialNumber, String manufacturer, String credential) {
        return credential.equals(failed.get(Device.identity(serialNumber, manufacturer)));
    }

    void reset() {
        locked(() -> {
            mechanism.reset();
            sts.reset();
            devices.clear();
            transactions.clear();
            current.clear();
            failed.clear();
            canManage = true;
            activeDeviceLimit = settings.activeDeviceLimit();
            return null;
        });
    }
}
