package io.credsync.stack;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The launcher as a real process, killed with -9: its Kafka and PostgreSQL survive it, and {@code down} (what
 * {@code ./credsync down} runs) finds them through their pid files and stops them.
 */
class LeftoverCleanupTest {

    @TempDir
    Path home;

    private Process launcher;

    @AfterEach
    void killLauncher() {
        if (launcher != null) {
            launcher.destroyForcibly();
        }
        new StackControl(TestStacks.config(home)).stopLeftovers();
    }

    @Test
    void shouldStopWhatAKilledLauncherLeftBehind() throws Exception {
        // Given
        Map<String, String> env = TestStacks.env(home);
        StackConfig config = StackConfig.fromEnv(env);
        launcher = startLauncher(env);
        RunDir runDir = new RunDir(config.run());
        await().atMost(Duration.ofSeconds(60))
                .failFast("launcher exited", () -> !launcher.isAlive())
                .until(() -> Files.isRegularFile(runDir.envFile()));
        ProcessHandle kafka = runDir.live(RunDir.KAFKA).orElseThrow();
        ProcessHandle postgres = runDir.live(RunDir.POSTGRES).orElseThrow();
        launcher.destroyForcibly().waitFor();
        assertThat(kafka.isAlive() && postgres.isAlive()).as("children outlive a killed launcher").isTrue();

        // When
        int exitCode = new StackControl(config).down();

        // Then
        assertThat(exitCode).isZero();
        await().atMost(Duration.ofSeconds(10))
                .until(() -> !ChildProcess.isRunning(kafka) && !ChildProcess.isRunning(postgres));
        assertThat(List.of(config.kafkaPort(), config.kafkaControllerPort(), config.pgPort()))
                .allSatisfy(port -> assertThat(PortCheck.isFree(port)).as("port %d free", port).isTrue());
        assertThat(runDir.childNames()).isEmpty();
    }

    private static Process startLauncher(Map<String, String> env) throws IOException {
        ProcessBuilder builder = new ProcessBuilder(ChildProcess.java(), "-cp", System.getProperty("java.class.path"),
                LocalStack.class.getName(), "up")
                .redirectErrorStream(true)
                .redirectOutput(Path.of(env.get("CREDSYNC_HOME"), "launcher.log").toFile());
        builder.environment().putAll(env);
        return builder.start();
    }
}
