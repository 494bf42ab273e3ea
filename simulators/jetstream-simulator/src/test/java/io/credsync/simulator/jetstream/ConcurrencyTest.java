package io.credsync.simulator.jetstream;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.stream.IntStream;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static io.credsync.simulator.jetstream.JetstreamHttp.basic;
import static io.credsync.simulator.jetstream.JetstreamHttp.sync;
import static io.credsync.simulator.jetstream.StoredCredentialsTest.array;
import static org.assertj.core.api.Assertions.assertThat;

class ConcurrencyTest {

    @RegisterExtension
    static final SimulatorExtension SIM = new SimulatorExtension();

    private final ExecutorService clients = Executors.newFixedThreadPool(16);

    @AfterEach
    void stopClients() {
        clients.shutdownNow();
    }

    @Test
    void shouldKeepEveryConcurrentWrite() {
        // Given
        SIM.sim().device("Lobby-1");
        List<String> credentials = IntStream.range(0, 64).mapToObj(i -> String.format("%010X", i)).toList();

        // When
        CompletableFuture.allOf(credentials.stream()
                .map(credential -> CompletableFuture.runAsync(
                        () -> SIM.http().send("POST", basic("Lobby-1"), array(credential)), clients))
                .toArray(CompletableFuture[]::new)).join();

        // Then
        assertThat(SIM.sim().storedAcl("Lobby-1")).containsExactlyInAnyOrderElementsOf(credentials);
        assertThat(SIM.sim().pendingEvents(JetstreamEvents.CREDENTIALS_ADDED)).hasSize(64);
    }

    @Test
    void shouldCompleteEveryConcurrentSyncOnce() {
        // Given
        List<String> devices = IntStream.range(0, 16).mapToObj(i -> "Door-" + i).toList();
        devices.forEach(device -> SIM.sim().device(device).online(false));
        devices.forEach(device -> SIM.http().send("POST", basic(device), array("0A1B2C3D4E")));

        // When
        CompletableFuture.allOf(devices.stream()
                .flatMap(device -> IntStream.range(0, 4).mapToObj(i -> CompletableFuture.runAsync(() -> {
                    SIM.http().send("POST", sync(device));
                    SIM.sim().device(device).online(true);
                }, clients)))
                .toArray(CompletableFuture[]::new)).join();

        // Then
        assertThat(SIM.sim().pendingEvents(JetstreamEvents.COMMAND_COMPLETION)).hasSize(64)
                .extracting(event -> event.getString("CommandId")).doesNotHaveDuplicates();
        assertThat(devices).allSatisfy(device -> assertThat(SIM.sim().deviceAcl(device)).containsExactly("0A1B2C3D4E"));
    }
}
