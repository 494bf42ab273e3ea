package io.credsync.simulator.kit.junit;

import java.util.function.Supplier;

import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

import io.credsync.simulator.kit.EmbeddedSimulator;

/**
 * One embedded simulator per test class, reset before each test. Register it as a static field:
 * {@code @RegisterExtension static final SimulatorExtension<JetstreamSimulator> SIM = new SimulatorExtension<>(
 * JetstreamSimulator::start);}, then use {@code SIM.simulator()}.
 */
public class SimulatorExtension<S extends EmbeddedSimulator>
        implements
            BeforeAllCallback,
            BeforeEachCallback,
            AfterAllCallback {

    private final Supplier<S> start;
    private S simulator;

    public SimulatorExtension(Supplier<S> start) {
        this.start = start;
    }

    @Override
    public void beforeAll(ExtensionContext context) {
        simulator = start.get();
    }

    @Override
    public void beforeEach(ExtensionContext context) {
        simulator.reset();
    }

    @Override
    public void afterAll(ExtensionContext context) {
        simulator.close();
    }

    public S simulator() {
        if (simulator == null) {
            throw new IllegalStateException("the simulator starts before the test class's first test");
        }
        return simulator;
    }
}
