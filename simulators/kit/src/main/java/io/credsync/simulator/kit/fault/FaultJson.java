package io.credsync.simulator.kit.fault;

import java.time.Duration;
import java.util.Map;

import io.vertx.core.json.JsonObject;

/**
 * Fault rules as the control API reads and shows them. A rule is
 * {@code {"kind":"status|rate-limit|delay|drop|timeout-after-write", "status":503, "retryAfterSeconds":2,
 * "delayMs":500, "method":"POST", "path":"/3/…", "<account>":"Lobby-1", "count":3, "probability":0.2, "seed":7}};
 * without {@code count} it lasts until cleared. The account field is named by the vendor ({@code device} for
 * Jetstream). The Seam simulator's first names are accepted too ({@code server_error}, {@code rate_limited},
 * {@code slow}, {@code drop_connection}, {@code timeout_after_write}, {@code route}, {@code times},
 * {@code retry_after_seconds}, {@code delay_ms}), so existing callers keep working.
 */
public final class FaultJson {

    private static final Map<String, String> KIND_ALIASES = Map.of(
            "server_error", "status",
            "rate_limited", "rate-limit",
            "slow", "delay",
            "drop_connection", "drop",
            "timeout_after_write", "timeout-after-write");
    private static final Map<String, String> FIELD_ALIASES = Map.of(
            "path", "route",
            "count", "times",
            "retryAfterSeconds", "retry_after_seconds",
            "delayMs", "delay_ms");

    private final String accountField;

    /** {@code accountField}: the JSON name of the account scope, or {@code null} where the vendor has none. */
    public FaultJson(String accountField) {
        this.accountField = accountField;
    }

    /** The JSON name of the account scope, or {@code null}. */
    public String accountField() {
        return accountField;
    }

    public FaultRule add(FaultPlan plan, JsonObject body) {
        FaultRuleBuilder rule = plan.always().matching(body.getString("method"), string(body, "path"));
        if (accountField != null) {
            rule.forAccount(body.getString(accountField));
        }
        Long count = number(body, "count");
        if (count != null) {
            rule.next(count.intValue());
        }
        if (body.containsKey("probability")) {
            rule.withProbability(body.getDouble("probability"), body.getLong("seed", 0L));
        }
        String kind = body.getString("kind", "");
        Long delayMs = number(body, "delayMs");
        return switch (KIND_ALIASES.getOrDefault(kind, kind)) {
            case "status" -> rule.status(body.getInteger("status", 503));
            case "rate-limit" -> rule.rateLimit(Duration.ofSeconds(orDefault(number(body, "retryAfterSeconds"), 1)));
            case "delay" -> rule.delay(Duration.ofMillis(orDefault(delayMs, 1000)));
            case "drop" -> rule.dropConnection();
            case "timeout-after-write" -> delayMs == null
                    ? rule.timeoutAfterWrite()
                    : rule.timeoutAfterWrite(Duration.ofMillis(delayMs));
            default -> throw new IllegalArgumentException("unknown fault kind '" + kind
                    + "' (status, rate-limit, delay, drop, timeout-after-write)");
        };
    }

    public JsonObject toJson(FaultRule rule) {
        JsonObject json = new JsonObject()
                .put("id", rule.id())
                .put("method", rule.method().orElse(null))
                .put("path", rule.path().orElse(null))
                .put("remaining", rule.remaining().orElse(null));
        if (accountField != null) {
            json.put(accountField, rule.account().orElse(null));
        }
        rule.probability().ifPresent(p -> json.put("probability", p));
        FaultAction action = rule.action();
        if (action instanceof FaultAction.Status status) {
            json.put("kind", "status").put("status", status.status());
        } else if (action instanceof FaultAction.RateLimit rateLimit) {
            json.put("kind", "rate-limit").put("retryAfterSeconds", rateLimit.retryAfter().toSeconds());
        } else if (action instanceof FaultAction.Delay delay) {
            json.put("kind", "delay").put("delayMs", delay.delay().toMillis());
        } else if (action instanceof FaultAction.DropConnection) {
            json.put("kind", "drop");
        } else if (action instanceof FaultAction.TimeoutAfterWrite timeout) {
            json.put("kind", "timeout-after-write");
            timeout.answerAfter().ifPresent(d -> json.put("delayMs", d.toMillis()));
        }
        return json;
    }

    private static String string(JsonObject body, String field) {
        return body.containsKey(field) ? body.getString(field) : body.getString(FIELD_ALIASES.get(field));
    }

    private static Long number(JsonObject body, String field) {
        return body.containsKey(field) ? body.getLong(field) : body.getLong(FIELD_ALIASES.get(field));
    }

    private static long orDefault(Long value, long otherwise) {
        return value == null ? otherwise : value;
    }
}
