package io.credsync.simulator.jetstream;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;

/** Jetstream's times: whole seconds, in two formats. */
final class JetstreamTimes {

    /** Event times: {@code yyyy-MM-ddTHH:mm:ssZ}, UTC. */
    private static final DateTimeFormatter EVENT_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss'Z'")
            .withZone(ZoneOffset.UTC);
    /** Last sync time: the documented example has an offset ({@code 2018-05-16T01:16:00-01:16}); ours is UTC. */
    private static final DateTimeFormatter WITH_OFFSET = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ssxxx")
            .withZone(ZoneOffset.UTC);

    private JetstreamTimes() {
    }

    /** Simulated now, to the second (Jetstream's times have no fraction). */
    static Instant now(Clock clock) {
        return clock.instant().truncatedTo(ChronoUnit.SECONDS);
    }

    static String eventTime(Instant instant) {
        return EVENT_TIME.format(instant);
    }

    static String withOffset(Instant instant) {
        return WITH_OFFSET.format(instant);
    }
}
