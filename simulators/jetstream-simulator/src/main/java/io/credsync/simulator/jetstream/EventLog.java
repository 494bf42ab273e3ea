package io.credsync.simulator.jetstream;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Predicate;

import io.vertx.core.json.JsonObject;

/**
 * Published events waiting to be acknowledged, oldest first. Reading never removes anything: events stay until
 * deleted by id or by the BatchId of the read that returned them. Guarded by the simulator's lock.
 */
final class EventLog {

    /** Batches remembered for acknowledgement; the oldest are forgotten beyond this. */
    private static final int BATCHES_KEPT = 10_000;

    private final Map<String, JsonObject> pending = new LinkedHashMap<>();
    private final Map<String, List<String>> batches = new LinkedHashMap<>() {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, List<String>> eldest) {
            return size() > BATCHES_KEPT;
        }
    };

    void publish(JsonObject event) {
        pending.put(event.getString("EventId"), event);
    }

    /** Up to {@code limit} pending events matching {@code filter}, oldest first, under a new BatchId. */
    Batch read(int limit, Predicate<JsonObject> filter) {
        List<JsonObject> events = pending.values().stream()
                .filter(filter)
                .limit(limit)
                .map(JsonObject::copy)
                .toList();
        String batchId = UUID.randomUUID().toString();
        batches.put(batchId, events.stream().map(e -> e.getString("EventId")).toList());
        return new Batch(batchId, events);
    }

    /**
     * Removes the events of a batch. A batch acknowledged twice is fine (nothing left to remove); only a BatchId
     * this log never issued is refused.
     */
    boolean acknowledgeBatch(String batchId) {
        List<String> ids = batches.get(batchId);
        if (ids == null) {
            return false;
        }
        acknowledge(ids);
        return true;
    }

    /** Removes these events; ids that are unknown or already acknowledged are ignored. */
    void acknowledge(Collection<String> eventIds) {
        eventIds.forEach(pending::remove);
    }

    List<JsonObject> pending() {
        return pending.values().stream().map(JsonObject::copy).toList();
    }

    void clear() {
        pending.clear();
        batches.clear();
    }

    record Batch(String batchId, List<JsonObject> events) {
    }
}
