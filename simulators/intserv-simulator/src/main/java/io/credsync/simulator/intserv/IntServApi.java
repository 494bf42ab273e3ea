package io.credsync.simulator.intserv;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import io.credsync.simulator.kit.Answer;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.json.DecodeException;
import io.vertx.core.json.Json;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.RoutingContext;

/**
 * The Access API's operations, each after the Integration API Key check ({@code Authorization: Bearer <key>}, else
 * 401). The whole body is validated before anything is written, so a refused add changes nothing.
 */
final class IntServApi {

    private static final Pattern PIN = Pattern.compile("[0-9]{4}");
    private static final int NAME_MAX = 32;

    private final SimulatorState state;

    IntServApi(SimulatorState state) {
        this.state = state;
    }

    /**
     * {@code /accesskeys/add}: with {@code id} an update of that key; without, the key spec finds the key to update
     * or a new key is created (for {@code person.id}, or for a new person). Fields in the body replace the key's
     * (an explicit {@code null} clears one, as the docs' {@code "pin": null}); {@code person} is ignored on update.
     */
    Answer add(RoutingContext ctx) {
        authorize(ctx);
        JsonObject body = body(ctx);
        Object idField = body.getValue("id");
        KeySpec spec = idField == null ? KeySpec.read(body.getValue("key")) : null;
        String pin = pin(body);
        Instant from = date(body, "valid_from_date");
        Instant to = date(body, "valid_to_date");
        if (from != null && to != null && to.isBefore(from)) {
            throw ApiException.invalid("InvalidValidity", "valid_to_date is before valid_from_date");
        }
        List<String> levels = levels(body);
        return state.locked(() -> {
            AccessKey key;
            boolean created = false;
            if (idField != null) {
                if (!(idField instanceof String id)) {
                    throw ApiException.invalid("InvalidId", "id must be a string(uuid)");
                }
                key = state.key(id).orElseThrow(() -> ApiException.notFound("no access key " + id));
            } else {
                key = state.keyBySpec(spec).orElse(null);
                if (key == null) {
                    key = state.newKey(spec, person(body.getValue("person")));
                    created = true;
                }
            }
            // a new key takes every optional field, given or not; an update only those in the body
            if (created || body.containsKey("pin")) {
                key.pin = pin;
            }
            if (created || body.containsKey("valid_from_date")) {
                key.validFrom = from;
            }
            if (created || body.containsKey("valid_to_date")) {
                key.validTo = to;
            }
            if (created || body.containsKey("access_levels")) {
                key.accessLevels = levels;
            }
            key.changedAt = state.clock.instant();
            return Answer.json(200, key.toJson(state.person(key.personId).orElseThrow()));
        });
    }

    /** {@code /accesskeys/remove}: by {@code id} or by {@code key}; 204, or 404 for a key it does not hold. */
    Answer remove(RoutingContext ctx) {
        authorize(ctx);
        JsonObject body = body(ctx);
        return state.locked(() -> {
            AccessKey key = body.getValue("id") instanceof String id
                    ? state.key(id).orElse(null)
                    : state.keyBySpec(KeySpec.read(body.getValue("key"))).orElse(null);
            if (key == null) {
                throw ApiException.notFound("no such access key");
            }
            state.removeKey(key.id);
            return Answer.empty(204);
        });
    }

    /** {@code /accesskeys/status}: 400 without an id (the docs mention a 400 here), 404 for an unknown one. */
    Answer status(RoutingContext ctx) {
        authorize(ctx);
        if (!(body(ctx).getValue("id") instanceof String id) || id.isBlank()) {
            throw ApiException.invalid("InvalidId", "id is required");
        }
        AccessKey key = state.key(id).orElseThrow(() -> ApiException.notFound("no access key " + id));
        return Answer.json(200, state.status(key));
    }

    /** {@code /accesslevels/list} and {@code /accesslevels/get_levels}: every level with its system. */
    Answer levels(RoutingContext ctx) {
        authorize(ctx);
        return Answer.json(200, new JsonObject().put("levels",
                new JsonArray(state.levels().stream().map(AccessLevel::toJson).toList())));
    }

    private void authorize(RoutingContext ctx) {
        String header = ctx.request().getHeader("Authorization");
        if (header == null || !header.equals("Bearer " + state.settings.apiKey())) {
            throw new ApiException(401, "Unauthorized", "a valid Integration API Key is required");
        }
    }

    private Person person(Object raw) {
        if (raw == null) {
            return state.newPerson(null, null);
        }
        if (!(raw instanceof JsonObject person)) {
            throw ApiException.invalid("InvalidPerson", "person must be an object");
        }
        if (person.getValue("id") != null) {
            String id = String.valueOf(person.getValue("id"));
            return state.person(id).orElseThrow(() -> ApiException.invalid("PersonNotFound", "no person " + id));
        }
        return state.newPerson(name(person, "first_name"), name(person, "last_name"));
    }

    private static String name(JsonObject person, String field) {
        Object value = person.getValue(field);
        if (value != null && (!(value instanceof String name) || name.length() > NAME_MAX)) {
            throw ApiException.invalid("InvalidPerson", field + " is a string(32)");
        }
        return (String) value;
    }

    private static String pin(JsonObject body) {
        Object pin = body.getValue("pin");
        if (pin != null && (!(pin instanceof String digits) || !PIN.matcher(digits).matches())) {
            throw ApiException.invalid("InvalidPin", "pin must be 4 digits");
        }
        return (String) pin;
    }

    /** ISO 8601 in UTC, as the docs write them ({@code 2020-09-01T00:00:00Z}). */
    private static Instant date(JsonObject body, String field) {
        Object value = body.getValue(field);
        if (value == null) {
            return null;
        }
        try {
            if (value instanceof String text && text.endsWith("Z")) {
                return Instant.parse(text);
            }
        } catch (DateTimeParseException e) {
            // answered below
        }
        throw ApiException.invalid("InvalidDate", field + " must be an ISO 8601 UTC time");
    }

    private List<String> levels(JsonObject body) {
        Object raw = body.getValue("access_levels");
        if (raw == null) {
            return List.of();
        }
        if (!(raw instanceof JsonArray array)) {
            throw ApiException.invalid("InvalidAccessLevels", "access_levels must be an array of uuids");
        }
        List<String> ids = new ArrayList<>();
        for (Object id : array) {
            if (!(id instanceof String level) || !state.levelExists(level)) {
                throw ApiException.invalid("AccessLevelNotFound", "no access level " + id);
            }
            ids.add(level);
        }
        return List.copyOf(ids);
    }

    private static JsonObject body(RoutingContext ctx) {
        Buffer raw = ctx.body().buffer();
        try {
            if (raw != null && Json.decodeValue(raw) instanceof JsonObject object) {
                return object;
            }
        } catch (DecodeException e) {
            // answered below
        }
        throw ApiException.invalid("InvalidBody", "the body must be a JSON object");
    }
}
