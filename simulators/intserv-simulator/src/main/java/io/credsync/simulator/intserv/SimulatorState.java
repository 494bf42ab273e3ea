package io.credsync.simulator.intserv;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;

import io.credsync.simulator.kit.SimulatedClock;
import io.credsync.simulator.kit.SimulatorMechanism;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;

/**
 * The account behind one lock: access systems, their levels, persons and access keys, with the kit's faults, counts
 * and clock. Propagation is computed when asked: a system has applied a key's last change once the propagation delay
 * has passed on the simulated clock since it was answered, so a test crosses it by advancing the clock.
 */
final class SimulatorState {

    final SimulatorSettings settings;
    final SimulatorMechanism mechanism = new SimulatorMechanism();
    final SimulatedClock clock = mechanism.clock();
    private final Map<String, AccessSystem> systems = new LinkedHashMap<>();
    private final Map<String, AccessLevel> levels = new LinkedHashMap<>();
    private final Map<String, Person> persons = new LinkedHashMap<>();
    private final Map<String, AccessKey> keys = new LinkedHashMap<>();
    private final Object lock = new Object();

    SimulatorState(SimulatorSettings settings) {
        this.settings = settings;
        start();
    }

    <T> T locked(Supplier<T> work) {
        synchronized (lock) {
            return work.get();
        }
    }

    private void start() {
        settings.systems().forEach(this::system);
    }

    /** The system, created with one access level if it does not exist. */
    AccessSystem system(String id) {
        return locked(() -> {
            if (!systems.containsKey(id)) {
                systems.put(id, AccessSystem.of(id));
                addLevel(new AccessLevel(SimulatorSettings.defaultLevelOf(id), id + " all doors", id));
            }
            return systems.get(id);
        });
    }

    void system(AccessSystem changed) {
        locked(() -> systems.put(changed.id(), changed));
    }

    Optional<AccessSystem> findSystem(String id) {
        return locked(() -> Optional.ofNullable(systems.get(id)));
    }

    AccessLevel addLevel(AccessLevel level) {
        return locked(() -> {
            levels.put(level.id(), level);
            return level;
        });
    }

    boolean levelExists(String id) {
        return locked(() -> levels.containsKey(id));
    }

    List<AccessLevel> levels() {
        return locked(() -> new ArrayList<>(levels.values()));
    }

    Optional<Person> person(String id) {
        return locked(() -> Optional.ofNullable(persons.get(id)));
    }

    Person newPerson(String firstName, String lastName) {
        return locked(() -> {
            String id = UUID.randomUUID().toString();
            // IntServ generates names it is not given
            Person person = new Person(id, firstName == null ? "p" + id.substring(0, 6) : firstName,
                    lastName == null ? "n" + id.substring(24) : lastName);
            persons.put(id, person);
            return person;
        });
    }

    List<Person> persons() {
        return locked(() -> new ArrayList<>(persons.values()));
    }

    Optional<AccessKey> key(String id) {
        return locked(() -> Optional.ofNullable(keys.get(id)));
    }

    Optional<AccessKey> keyBySpec(KeySpec spec) {
        return locked(() -> keys.values().stream().filter(k -> k.key.equals(spec)).findFirst());
    }

    AccessKey newKey(KeySpec spec, Person person) {
        return locked(() -> {
            AccessKey key = new AccessKey(UUID.randomUUID().toString(), spec, person.id());
            keys.put(key.id, key);
            return key;
        });
    }

    boolean removeKey(String id) {
        return locked(() -> keys.remove(id) != null);
    }

    List<AccessKey> keys() {
        return locked(() -> new ArrayList<>(keys.values()));
    }

    /**
     * {@code /accesskeys/status}: each system holding one of the key's levels has applied its last change, has it
     * pending, or refused it; no system: {@code NotApplied} (e.g. every level removed).
     */
    JsonObject status(AccessKey key) {
        return locked(() -> {
            Set<String> systemIds = new LinkedHashSet<>();
            for (String level : key.accessLevels) {
                if (levels.containsKey(level)) {
                    systemIds.add(levels.get(level).systemId());
                }
            }
            Instant due = key.changedAt.plus(settings.propagationDelay());
            boolean done = !clock.instant().isBefore(due);
            JsonArray applied = new JsonArray();
            JsonArray pending = new JsonArray();
            JsonArray failed = new JsonArray();
            for (String id : systemIds) {
                String refusal = systems.get(id).refusal(key.key);
                if (!done) {
                    pending.add(new JsonObject().put("system_id", id));
                } else if (refusal != null) {
                    failed.add(new JsonObject().put("system_id", id).put("error_type", refusal));
                } else {
                    applied.add(new JsonObject().put("system_id", id).put("applied_at", due.toString()));
                }
            }
            return new JsonObject().put("status", overall(systemIds.size(), applied.size(), pending.size(),
                    failed.size()))
                    .put("systems_where_applied", applied)
                    .put("systems_where_pending", pending)
                    .put("systems_where_failed", failed);
        });
    }

    private static String overall(int systems, int applied, int pending, int failed) {
        if (systems == 0) {
            return "NotApplied";
        }
        if (pending > 0) {
            return "Pending";
        }
        if (applied == systems) {
            return "Applied";
        }
        return failed == systems ? "Failed" : "PartiallyApplied";
    }

    /** The configured systems with their first levels only; no persons, keys, faults, counts or clock offset. */
    void reset() {
        locked(() -> {
            systems.clear();
            levels.clear();
            persons.clear();
            keys.clear();
            mechanism.reset();
            start();
            return null;
        });
    }
}
