package io.credsync.simulator.jetstream;

import org.junit.jupiter.api.extension.ExtensionContext;

/** The kit's extension for one embedded Jetstream simulator per test class, with an HTTP client for it. */
final class SimulatorExtension extends io.credsync.simulator.kit.junit.SimulatorExtension<JetstreamSimulator> {

    static final String ACCESS_KEY = "0f8e2a4c-1b3d-4e5f-8a9b-0c1d2e3f4a5b";

    private JetstreamHttp http;

    SimulatorExtension() {
        super(() -> JetstreamSimulator.start(0, ACCESS_KEY));
    }

    @Override
    public void beforeAll(ExtensionContext context) {
        super.beforeAll(context);
        http = new JetstreamHttp(simulator().baseUrl(), ACCESS_KEY);
    }

    JetstreamSimulator sim() {
        return simulator();
    }

    JetstreamHttp http() {
        return http;
    }
}
