package io.credsync.simulator.jetstream;

import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/** One embedded simulator per test class, reset before each test; register as a static field. */
final class SimulatorExtension implements BeforeAllCallback, BeforeEachCallback, AfterAllCallback {

    static final String ACCESS_KEY = "0f8e2a4c-1b3d-4e5f-8a9b-0c1d2e3f4a5b";

    private JetstreamSimulator simulator;
    private JetstreamHttp http;

    @Override
    public void beforeAll(ExtensionContext context) {
        simulator = JetstreamSimulator.start(0, ACCESS_KEY);
        http = new JetstreamHttp(simulator.baseUrl(), ACCESS_KEY);
    }

    @Override
    public void beforeEach(ExtensionContext context) {
        simulator.reset();
    }

    @Override
    public void afterAll(ExtensionContext context) {
        simulator.close();
    }

    JetstreamSimulator sim() {
        return simulator;
    }

    JetstreamHttp http() {
        return http;
    }
}
