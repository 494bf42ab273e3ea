package io.credsync.simulator.seam.api;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

import io.credsync.simulator.seam.events.EventLog;
import io.credsync.simulator.seam.events.SeamEvent;
import io.credsync.simulator.seam.workspace.Timestamps;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;

/** {@code /events/list} and {@code /events/get}. */
public final class EventOperations {

    /** Single-id filters of {@code /events/list} and the event field each one matches. */
    private static final Map<String, String> ID_FILTERS = Map.ofEntries(
            Map.entry("acs_system_id", "acs_system_id"),
            Map.entry("acs_credential_id", "acs_credential_id"),
            Map.entry("acs_user_id", "acs_user_id"),
            Map.entry("connected_account_id", "connected_account_id"),
            Map.entry("acs_access_group_id", "acs_access_group_id"),
            Map.entry("acs_entrance_id", "acs_entrance_id"),
            Map.entry("acs_encoder_id", "acs_encoder_id"),
            Map.entry("access_code_id", "access_code_id"),
            Map.entry("access_grant_id", "access_grant_id"),
            Map.entry("access_method_id", "access_method_id"),
            Map.entry("connect_webview_id", "connect_webview_id"),
            Map.entry("device_id", "device_id"),
            Map.entry("space_id", "space_id"),
            Map.entry("user_identity_id", "user_identity_id"),
            Map.entry("customer_key", "customer_key"));

    /** List filters of {@code /events/list} and the event field each one matches. */
    private static final Map<String, String> LIST_FILTERS = Map.of(
            "acs_system_ids", "acs_system_id",
            "event_ids", "event_id",
            "event_types", "event_type",
            "device_ids", "device_id",
            "access_code_ids", "access_code_id",
            "access_grant_ids", "access_grant_id",
            "access_method_ids", "access_method_id",
            "space_ids", "space_id");

    private final EventLog events;

    public EventOperations(EventLog events) {
        this.events = events;
    }

    public JsonObject get(JsonObject body) {
        String eventId = Bodies.string(body, "event_id");
        if (eventId == null) {
            throw SeamApiException.invalidInput("event_id", "Required");
        }
        SeamEvent event = events.find(eventId).orElseThrow(() -> SeamApiException.notFound("event"));
        return new JsonObject().put("event", event.json().copy());
    }

    public JsonObject list(JsonObject body) {
        ValidationErrors errors = new ValidationErrors();
        Predicate<SeamEvent> window = window(body, errors);
        errors.throwIfAny();
        Predicate<SeamEvent> filter = window.and(filters(body));
        int offset = body.getValue("unstable_offset") instanceof Number n ? Math.max(0, n.intValue()) : 0;
        int limit = body.getValue("limit") instanceof Number n ? Math.max(0, n.intValue()) : 500;
        List<SeamEvent> matching = events.all().stream()
                .filter(filter)
                .sorted(Comparator.comparing(SeamEvent::occurredAt).thenComparingLong(SeamEvent::sequence))
                .skip(offset)
                .limit(limit)
                .toList();
        JsonArray list = new JsonArray();
        matching.forEach(event -> list.add(event.json().copy()));
        return new JsonObject().put("events", list);
    }

    private static Predicate<SeamEvent> window(JsonObject body, ValidationErrors errors) {
        if (body.containsKey("between")) {
            JsonArray between = body.getJsonArray("between");
            Instant after = instant(between.getString(0), errors, "between", "0");
            Instant before = instant(between.getString(1), errors, "between", "1");
            return event -> after != null && before != null && event.occurredAt().isAfter(after)
                    && event.occurredAt().isBefore(before);
        }
        if (body.containsKey("since")) {
            Instant since = instant(Bodies.string(body, "since"), errors, "since");
            return event -> since != null && !event.occurredAt().isBefore(since);
        }
        errors.add("Must specify either since or between");
        return event -> false;
    }

    private static Predicate<SeamEvent> filters(JsonObject body) {
        Predicate<SeamEvent> filter = event -> true;
        String eventType = Bodies.string(body, "event_type");
        if (eventType != null) {
            filter = filter.and(event -> event.eventType().equals(eventType));
        }
        for (Map.Entry<String, String> entry : ID_FILTERS.entrySet()) {
            String wanted = Bodies.string(body, entry.getKey());
            if (wanted != null) {
                filter = filter.and(event -> wanted.equals(event.json().getValue(entry.getValue())));
            }
        }
        for (Map.Entry<String, String> entry : LIST_FILTERS.entrySet()) {
            if (body.containsKey(entry.getKey())) {
                List<String> wanted = Bodies.strings(body, entry.getKey());
                filter = filter.and(event -> wanted.contains(String.valueOf(event.json().getValue(entry.getValue()))));
            }
        }
        return filter;
    }

    /** An ISO 8601 date-time, or a date (its start, UTC). */
    private static Instant instant(String text, ValidationErrors errors, String... path) {
        if (text != null) {
            var parsed = Timestamps.parse(text);
            if (parsed.isPresent()) {
                return parsed.get();
            }
            try {
                return LocalDate.parse(text).atStartOfDay(ZoneOffset.UTC).toInstant();
            } catch (DateTimeParseException e) {
                // reported below
            }
        }
        errors.add("Invalid datetime", path);
        return null;
    }
}
