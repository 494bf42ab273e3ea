package io.credsync.simulator.seam;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;

/** One embedded simulator per test class, reset before each test; subclasses add their workspace fixtures. */
abstract class EmbeddedSeamTest {

    protected static SeamSimulator seam;
    protected static SeamHttp http;

    @BeforeAll
    static void startSimulator() {
        seam = SeamSimulator.start(0, "seam_test_key");
        http = new SeamHttp(seam);
    }

    @AfterAll
    static void stopSimulator() {
        seam.close();
    }

    @BeforeEach
    void resetSimulator() {
        seam.reset();
    }
}
