package io.credsync.simulator.basip;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

import io.credsync.simulator.kit.SimulatedClock;
import io.credsync.simulator.kit.SimulatorMechanism;

/**
 * Every panel behind one lock (requests arrive concurrently; the work under it is in-memory and short), with the
 * kit's faults, counts and clock. An offline panel is a standing kit fault that drops its requests.
 */
final class SimulatorState {

    final SimulatorSettings settings;
    final SimulatorMechanism mechanism = new SimulatorMechanism();
    final SimulatedClock clock = mechanism.clock();
    private final Map<String, Panel> panels = new LinkedHashMap<>();
    private final Object lock = new Object();

    SimulatorState(SimulatorSettings settings) {
        this.settings = settings;
        settings.panels().forEach(this::panel);
    }

    <T> T locked(Supplier<T> work) {
        synchronized (lock) {
            return work.get();
        }
    }

    /** The panel, created with the default settings if it does not exist. */
    Panel panel(String name) {
        return locked(() -> panels.computeIfAbsent(name, n -> new Panel(n, settings.panelDefaults())));
    }

    Optional<Panel> find(String name) {
        return locked(() -> Optional.ofNullable(panels.get(name)));
    }

    boolean remove(String name) {
        return locked(() -> {
            Panel removed = panels.remove(name);
            if (removed != null && removed.offlineFault() != null) {
                mechanism.faults().remove(removed.offlineFault());
            }
            return removed != null;
        });
    }

    List<Panel> panels() {
        return locked(() -> new ArrayList<>(panels.values()));
    }

    /** Offline: every request to the panel loses its connection (a panel off the LAN queues nothing). */
    void online(Panel panel, boolean online) {
        locked(() -> {
            if (isOnline(panel) == online) {
                return null;
            }
            if (online) {
                mechanism.faults().remove(panel.offlineFault());
                panel.offlineFault(null);
            } else {
                panel.offlineFault(mechanism.faults().forAccount(panel.name()).dropConnection().id());
            }
            return null;
        });
    }

    /** False while the panel's offline fault stands (clearing every fault brings a panel back too). */
    boolean isOnline(Panel panel) {
        return locked(() -> panel.offlineFault() == null || mechanism.faults().rules().stream()
                .noneMatch(rule -> rule.id().equals(panel.offlineFault())));
    }

    /** The configured panels only, empty and online; no faults, counts or clock offset. */
    void reset() {
        locked(() -> {
            panels.clear();
            mechanism.reset();
            settings.panels().forEach(this::panel);
            return null;
        });
    }
}
