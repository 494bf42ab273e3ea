package io.credsync.stack;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class BuildProgressTest {

    @Test
    void shouldNameTheModuleMavenStartsBuilding() {
        assertThat(
                BuildProgress.module("[INFO] Building credsync :: shared model 0.1.0-SNAPSHOT                   [2/7]"))
                .contains("2/7 credsync :: shared model");
    }

    @Test
    void shouldIgnoreEveryOtherLine() {
        assertThat(BuildProgress.module("[INFO] Building jar: /work/shared-model/target/shared-model.jar")).isEmpty();
        assertThat(BuildProgress.module("[INFO] --- compiler:3.14.1:compile (default-compile) @ shared-model ---"))
                .isEmpty();
    }
}
