package io.credsync.simulator.kit.http;

import java.time.Duration;

import io.vertx.core.json.JsonObject;

/** A clock advance as the control API takes it: {@code {"hours":1, "minutes":30, "seconds":5}}, each optional. */
final class ClockAdvance {

    private ClockAdvance() {
    }

    static Duration of(JsonObject body) {
        return Duration.ofHours(body.getLong("hours", 0L))
                .plusMinutes(body.getLong("minutes", 0L))
                .plusSeconds(body.getLong("seconds", 0L));
    }
}
