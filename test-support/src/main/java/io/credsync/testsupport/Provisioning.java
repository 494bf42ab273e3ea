package io.credsync.testsupport;

import java.util.Locale;

/** How this JVM provisions servers nobody gave it: containers when a Docker engine answers, otherwise in-process. */
enum Provisioning {
    CONTAINERS, EMBEDDED;

    private static volatile Provisioning resolved;

    /** Decided once per JVM: {@code CREDSYNC_TEST_INFRA=embedded|containers} forces it, else Docker is probed. */
    static Provisioning current() {
        Provisioning mode = resolved;
        if (mode == null) {
            synchronized (Provisioning.class) {
                mode = resolved;
                if (mode == null) {
                    mode = TestSettings.get(TestSettings.INFRA).map(Provisioning::parse).orElseGet(Provisioning::probe);
                    resolved = mode;
                }
            }
        }
        return mode;
    }

    private static Provisioning parse(String value) {
        return switch (value.toLowerCase(Locale.ROOT)) {
            case "embedded" -> EMBEDDED;
            case "containers" -> CONTAINERS;
            default -> throw new IllegalArgumentException(
                    TestSettings.INFRA + " must be 'embedded' or 'containers', not '" + value + "'");
        };
    }

    private static Provisioning probe() {
        return DockerProbe.dockerAvailable() ? CONTAINERS : EMBEDDED;
    }
}
