package io.credsync.stack;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.awaitility.Awaitility.await;

/** A stack closed while components are killed and not restarted: close() neither fails nor leaves anything behind. */
class KilledStackFaultControlTest {

    @Test
    void shouldCloseCleanlyWhileKafkaAndPostgresAreKilled(@TempDir Path home) {
        // Given
        StackConfig config = TestStacks.config(home);
        Stack stack = Stack.start(config);
        ProcessHandle postmaster = ProcessHandle.of(stack.postgresPid().orElseThrow()).orElseThrow();
        stack.kill("kafka");
        stack.kill("postgres");

        // When / Then
        assertThatCode(stack::close).doesNotThrowAnyException();
        await().atMost(Duration.ofSeconds(10)).until(() -> !ChildProcess.isRunning(postmaster));
        assertThat(List.of(config.kafkaPort(), config.kafkaControllerPort(), config.pgPort()))
                .allSatisfy(port -> assertThat(PortCheck.isFree(port)).as("port %d free", port).isTrue());
        assertThat(new RunDir(config.run()).childNames()).isEmpty();
    }
}
