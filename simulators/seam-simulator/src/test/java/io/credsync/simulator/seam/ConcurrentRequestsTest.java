package io.credsync.simulator.seam;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.stream.IntStream;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import io.credsync.simulator.seam.events.SeamEvent;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

class ConcurrentRequestsTest {

    private static SeamSimulator seam;
    private static SeamHttp http;

    @BeforeAll
    static void start() {
        seam = SeamSimulator.start(0, "seam_test_concurrency_key");
        http = new SeamHttp(seam);
    }

    @AfterAll
    static void stop() {
        seam.close();
    }

    @Test
    void shouldKeepEveryConcurrentWrite() {
        // Given
        seam.syncDelay(Duration.ofMillis(20));
        String userId = http.createUser(seam.addAcsSystem("HQ").acsSystemId(), "Jane Doe");
        ExecutorService pool = Executors.newFixedThreadPool(8);
        // When
        List<CompletableFuture<String>> creates = IntStream.range(0, 40)
                .mapToObj(i -> CompletableFuture.supplyAsync(
                        () -> http.createCode(userId, String.format("%04d", i)).getString("acs_credential_id"),
                        pool))
                .toList();
        List<String> ids = creates.stream().map(CompletableFuture::join).toList();
        pool.shutdown();
        // Then
        assertThat(ids).doesNotHaveDuplicates().hasSize(40);
        assertThat(seam.credentials()).hasSize(40);
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(seam.events().stream()
                .map(SeamEvent::eventType).filter("acs_credential.issued"::equals)).hasSize(40));
        assertThat(seam.credentials()).allMatch(SimulatedCredential::syncedWithProvider);
        assertThat(seam.requestCount("/acs/credentials/create")).isEqualTo(40);
    }
}
