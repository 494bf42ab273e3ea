package io.credsync.dispatcher.testing;

import java.util.Map;

import io.quarkus.test.junit.QuarkusTestProfile;

/**
 * A vendor module's dispatch tests: the dispatcher runtime alone. The module's event tests run the event-ingest
 * runtime from the same class path; its beans are left out here, and the application is named as in production.
 */
public class DispatcherTestProfile implements QuarkusTestProfile {

    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of(
                "quarkus.application.name", "dispatcher",
                "quarkus.arc.exclude-types", "io.credsync.ingest.**");
    }
}
