package io.credsync.stack;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

class RunDirTest {

    @TempDir
    Path dir;

    @Test
    void shouldFindARecordedProcessWhoseCommandLineHasTheSignature() {
        // Given
        RunDir runDir = new RunDir(dir);
        ProcessHandle self = ProcessHandle.current();
        String signature = self.info().commandLine().orElseThrow().split(" ")[0];
        runDir.writePid("self", self.pid(), signature);

        // When / Then
        assertThat(runDir.live("self")).contains(self);
    }

    @Test
    void shouldIgnoreAndForgetAPidNowUsedByAnotherProgram() {
        // Given
        RunDir runDir = new RunDir(dir);
        runDir.writePid("kafka", ProcessHandle.current().pid(), "-Dcredsync.home=/somewhere/else");

        // When / Then
        assertThat(runDir.live("kafka")).isEmpty();
        assertThat(runDir.childNames()).isEmpty();
    }
}
