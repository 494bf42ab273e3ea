package io.credsync.simulator.jetstream;

import java.util.function.Supplier;

import io.credsync.simulator.kit.SimulatedClock;
import io.credsync.simulator.kit.SimulatorMechanism;
import io.credsync.simulator.kit.events.EventJournal;
import io.vertx.core.json.JsonObject;

/**
 * Everything the simulator holds, behind one lock: requests may arrive concurrently, and a sync touches a device,
 * its queue and the event log together. The work under the lock is in-memory and short.
 */
final class SimulatorState {

    final SimulatorSettings settings;
    final SimulatorMechanism mechanism = new SimulatorMechanism();
    final SimulatedClock clock = mechanism.clock();
    final DeviceRegistry devices = new DeviceRegistry();
    final EventJournal<JsonObject> events = new EventJournal<>(clock,
            event -> event.getValue("EventId") instanceof String id ? id : null);
    final JetstreamEvents eventFactory;
    final CommandRunner commands;
    private final Object lock = new Object();

    SimulatorState(SimulatorSettings settings) {
        this.settings = settings;
        this.eventFactory = new JetstreamEvents(settings.user());
        this.commands = new CommandRunner(devices, events, eventFactory, clock);
        createConfiguredDevices();
        clock.onAdvance(() -> locked(() -> null));
    }

    /**
     * Runs {@code work} under the lock, after completing the commands that timed out meanwhile: timeouts need no
     * timer, any request or clock advance brings them out.
     */
    <T> T locked(Supplier<T> work) {
        synchronized (lock) {
            commands.expireDue();
            return work.get();
        }
    }

    void update(Runnable work) {
        locked(() -> {
            work.run();
            return null;
        });
    }

    /** Back to the state at start: configured devices only, no events, faults, counts or clock offset. */
    void reset() {
        update(() -> {
            devices.clear();
            events.clear();
            mechanism.reset();
            createConfiguredDevices();
        });
    }

    private void createConfiguredDevices() {
        settings.devices().forEach(devices::createIfAbsent);
    }
}
