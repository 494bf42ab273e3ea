package io.credsync.simulator.jetstream;

import java.util.Optional;

import io.vertx.core.json.JsonObject;

/**
 * A fault for the vendor requests it matches: by method, by path (the template such as
 * {@code /3/devices/{DeviceName}/credentials/sync}, or the concrete path) and by device; {@code null} matches
 * anything. It applies to the next {@code remaining} matching requests, or until cleared when unlimited.
 */
public final class FaultRule {

    private final String method;
    private final String path;
    private final String device;
    private final FaultAction action;
    private Integer remaining;

    FaultRule(String method, String path, String device, Integer remaining, FaultAction action) {
        this.method = method;
        this.path = path;
        this.device = device;
        this.remaining = remaining;
        this.action = action;
    }

    boolean matches(String requestMethod, String template, String requestPath, String requestDevice) {
        return (method == null || method.equalsIgnoreCase(requestMethod))
                && (path == null || path.equals(template) || path.equals(requestPath))
                && (device == null || device.equals(requestDevice));
    }

    /** Uses one application; {@code true} when the rule is now spent. */
    synchronized boolean consume() {
        if (remaining == null) {
            return false;
        }
        remaining--;
        return remaining <= 0;
    }

    FaultAction action() {
        return action;
    }

    /** Applications left, empty when the rule lasts until cleared. */
    public synchronized Optional<Integer> remaining() {
        return Optional.ofNullable(remaining);
    }

    synchronized JsonObject toJson() {
        JsonObject json = new JsonObject().put("method", method).put("path", path).put("device", device)
                .put("remaining", remaining);
        if (action instanceof FaultAction.Status status) {
            json.put("kind", "status").put("status", status.status());
        } else if (action instanceof FaultAction.TooManyRequests tooMany) {
            json.put("kind", "rate-limit").put("retryAfterSeconds", tooMany.retryAfterSeconds());
        } else if (action instanceof FaultAction.Delay delay) {
            json.put("kind", "delay").put("delayMs", delay.delay().toMillis());
        } else if (action instanceof FaultAction.DropConnection) {
            json.put("kind", "drop");
        } else if (action instanceof FaultAction.TimeoutAfterWrite timeout) {
            json.put("kind", "timeout-after-write");
            timeout.delay().ifPresent(d -> json.put("delayMs", d.toMillis()));
        }
        return json;
    }
}
