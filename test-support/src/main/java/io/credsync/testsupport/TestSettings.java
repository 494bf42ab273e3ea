package io.credsync.testsupport;

import java.util.Optional;

/** Reads a test setting from a system property, falling back to the environment variable of the same name. */
final class TestSettings {

    static final String INFRA = "CREDSYNC_TEST_INFRA";
    static final String KAFKA_BOOTSTRAP = "CREDSYNC_TEST_KAFKA_BOOTSTRAP";
    static final String PG_URL = "CREDSYNC_TEST_PG_URL";
    static final String PG_USER = "CREDSYNC_TEST_PG_USER";
    static final String PG_PASSWORD = "CREDSYNC_TEST_PG_PASSWORD";

    private TestSettings() {
    }

    /** The value, if set and not blank; a system property wins so one run can override the shell's environment. */
    static Optional<String> get(String name) {
        String value = System.getProperty(name);
        if (value == null || value.isBlank()) {
            value = System.getenv(name);
        }
        return value == null || value.isBlank() ? Optional.empty() : Optional.of(value.trim());
    }
}
