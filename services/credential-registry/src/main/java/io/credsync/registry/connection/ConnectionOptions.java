package io.credsync.registry.connection;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;

import com.fasterxml.jackson.core.type.TypeReference;

import io.credsync.model.json.Json;
import io.credsync.model.validation.FieldLimits;
import io.credsync.model.validation.Violation;

/**
 * A connection's vendor-specific options, e.g. Seam's {@code webhook_secret_refs}: a JSON object of string to
 * string. They travel on {@code credsync.connections.v1} to every runtime, so they hold <em>references</em> to
 * secrets, never secrets — credsync cannot tell a secret from a reference, so this is the operator's rule (see
 * docs/operations.md, Connections and secrets).
 */
public final class ConnectionOptions {

    /** Entries per connection. */
    public static final int MAX_ENTRIES = 32;

    private static final Pattern PRINTABLE = Pattern.compile(FieldLimits.ID_PATTERN);
    private static final TypeReference<Map<String, String>> MAP = new TypeReference<>() {
    };

    private ConnectionOptions() {
    }

    /** Adds a violation per broken rule: keys are ids, values printable text of at most {@code TEXT_MAX}. */
    static void check(Map<String, String> options, List<Violation> violations) {
        if (options == null) {
            return;
        }
        if (options.size() > MAX_ENTRIES) {
            violations.add(new Violation("options", null, "connection.options.count", "a connection has at most "
                    + MAX_ENTRIES + " options"));
            return;
        }
        for (var entry : options.entrySet()) {
            String field = "options." + FieldLimits.forMessage(entry.getKey());
            if (!FieldLimits.isId(entry.getKey())) {
                violations.add(new Violation(field, null, "connection.options.key", "option names are ids: 1-"
                        + FieldLimits.ID_MAX + " printable characters"));
            } else if (!isValue(entry.getValue())) {
                violations.add(new Violation(field, null, "connection.options.value", "option values are text of at "
                        + "most " + FieldLimits.TEXT_MAX + " printable characters (references, never secrets)"));
            }
        }
    }

    private static boolean isValue(String value) {
        return value != null && value.length() <= FieldLimits.TEXT_MAX
                && (value.isEmpty() || PRINTABLE.matcher(value).matches());
    }

    /** The column's JSON, keys sorted so an unchanged map is an unchanged column. */
    static String write(Map<String, String> options) {
        return new String(Json.write(options == null ? Map.of() : new TreeMap<>(options)), StandardCharsets.UTF_8);
    }

    static Map<String, String> read(String json) {
        if (json == null || json.isBlank()) {
            return Map.of();
        }
        try {
            return Json.mapper().readValue(json, MAP);
        } catch (IOException e) {
            throw new UncheckedIOException("unreadable connection options", e);
        }
    }
}
