package io.credsync.simulator.jetstream;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Predicate;

import io.credsync.simulator.kit.Answer;
import io.credsync.simulator.kit.events.EventJournal;
import io.vertx.core.MultiMap;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;

/** Pulling events ({@code GET /3/events/{limit}}) and acknowledging them ({@code DELETE /3/events}). */
final class EventsApi {

    static final int DEFAULT_LIMIT = 100;
    static final int MAX_LIMIT = 512;
    static final int MAX_EVENT_IDS = 100;

    private final EventJournal<JsonObject> events;

    EventsApi(EventJournal<JsonObject> events) {
        this.events = events;
    }

    /** → 200 {@code {BatchId, Count, Events}}, oldest first; nothing is dequeued. */
    Answer read(String limitParameter, MultiMap query) {
        int limit = limit(limitParameter);
        Predicate<JsonObject> filter = field(query, "Type", "Type")
                .and(field(query, "Device", "Device"))
                .and(field(query, "EventVersion", "Version"));
        EventJournal.Batch<JsonObject> batch = events.read(limit, filter);
        return Answer.json(200, new JsonObject()
                .put("BatchId", batch.batchId())
                .put("Count", batch.entries().size())
                .put("Events", new JsonArray(new ArrayList<>(batch.bodies().stream().map(JsonObject::copy).toList()))));
    }

    /**
     * Body {@code {"BatchId":…}} or {@code {"EventIds":[…]}} (at most 100) → 204. An unknown BatchId is 404 (our
     * choice; not documented); unknown event ids are ignored, so a repeated acknowledgement succeeds.
     */
    Answer acknowledge(Buffer body) {
        if (!(CredentialRules.decode(body) instanceof JsonObject request)) {
            throw new ApiException(400, "The request body must be a JSON object with BatchId or EventIds.");
        }
        Object batchId = request.getValue("BatchId");
        Object eventIds = request.getValue("EventIds");
        if ((batchId == null) == (eventIds == null)) {
            throw new ApiException(400, "Give either BatchId or EventIds.");
        }
        if (batchId != null) {
            if (!(batchId instanceof String id)) {
                throw new ApiException(400, "BatchId must be a string.");
            }
            if (!events.acknowledgeBatch(id)) {
                throw new ApiException(404, "Batch '" + id + "' was not found.");
            }
        } else {
            events.acknowledge(eventIds(eventIds));
        }
        return Answer.empty(204);
    }

    private static int limit(String parameter) {
        if (parameter == null) {
            return DEFAULT_LIMIT;
        }
        try {
            int limit = Integer.parseInt(parameter);
            if (limit >= 1 && limit <= MAX_LIMIT) {
                return limit;
            }
        } catch (NumberFormatException e) {
            // falls through to 400
        }
        throw new ApiException(400, "The limit must be a number from 1 to " + MAX_LIMIT + ".");
    }

    private static List<String> eventIds(Object value) {
        if (!(value instanceof JsonArray array) || array.stream().anyMatch(id -> !(id instanceof String))) {
            throw new ApiException(400, "EventIds must be an array of strings.");
        }
        if (array.size() > MAX_EVENT_IDS) {
            throw new ApiException(400, "At most " + MAX_EVENT_IDS + " EventIds per request.");
        }
        return array.stream().map(String.class::cast).toList();
    }

    /** Query parameters are matched by name without regard to case, as ASP.NET binds them. */
    private static Predicate<JsonObject> field(MultiMap query, String parameter, String eventField) {
        Optional<String> wanted = query.entries().stream()
                .filter(e -> e.getKey().equalsIgnoreCase(parameter))
                .map(Map.Entry::getValue)
                .findFirst();
        return wanted.<Predicate<JsonObject>>map(
                value -> event -> Objects.equals(String.valueOf(event.getValue(eventField)), value))
                .orElse(event -> true);
    }
}
