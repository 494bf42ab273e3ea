package io.credsync.simulator.seam;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.extension.RegisterExtension;

import io.credsync.simulator.kit.junit.SimulatorExtension;

/** One embedded simulator per test class, reset before each test (the kit's extension); subclasses add fixtures. */
abstract class EmbeddedSeamTest {

    @RegisterExtension
    static final SimulatorExtension<SeamSimulator> SEAM = new SimulatorExtension<>(
            () -> SeamSimulator.start(0, "seam_test_key"));

    protected static SeamSimulator seam;
    protected static SeamHttp http;

    @BeforeAll
    static void bindSimulator() {
        seam = SEAM.simulator();
        http = new SeamHttp(seam);
    }
}
