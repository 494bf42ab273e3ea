package io.credsync.ingest.testing;

import java.util.Map;

import io.quarkus.test.junit.QuarkusTestProfile;

/**
 * A vendor module's event tests: the event-ingest runtime alone. The module's dispatch tests run the dispatcher
 * runtime from the same class path; its beans are left out here, and the application is named as in production, so
 * that outcomes say {@code source = event-ingest}.
 */
public class EventIngestTestProfile implements QuarkusTestProfile {

    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of(
                "quarkus.application.name", "event-ingest",
                "quarkus.arc.exclude-types", "io.credsync.dispatcher.**");
    }
}
