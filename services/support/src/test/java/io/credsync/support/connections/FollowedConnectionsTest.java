package io.credsync.support.connections;

import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import io.credsync.model.Vendor;
import io.credsync.model.connection.ConnectionDefinition;
import io.credsync.model.crypto.SecretValue;
import io.credsync.model.json.Json;
import io.credsync.support.health.Heartbeats;
import io.credsync.support.kafka.KafkaClientSettings;
import io.credsync.testsupport.TestKafka;
import io.credsync.testsupport.TopicProbe;
import io.credsync.vendor.spi.SecretLookup;
import io.credsync.vendor.spi.VendorConnection;
import io.credsync.vendor.spi.VendorFailure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

/** Follows a real topic of the test broker, as the dispatchers and event-ingest follow credsync.connections.v1. */
class FollowedConnectionsTest {

    private static final Duration WAIT = Duration.ofSeconds(30);
    private static final String API_KEY = "sk_live_do_not_print";

    private final String topic = TestKafka.createTopic(TestKafka.uniqueTopic("connections"), 1);
    private final Map<String, String> secrets = new ConcurrentHashMap<>(Map.of("seam-key", API_KEY, "jet-key",
            "jet-value"));
    private SecretLookup lookup = ref -> Optional.ofNullable(secrets.get(ref)).map(SecretValue::of);
    private FollowedConnections followed;

    @AfterEach
    void stopFollowing() {
        if (followed != null) {
            followed.stop();
        }
    }

    @Test
    void shouldAnswerATransientFailureUntilItHasCaughtUp() {
        // Given a follower that has not read the topic yet
        send(definition("seam-hq", "https://seam.example", 1));
        followed = follower();
        // When / Then
        assertThatThrownBy(() -> followed.find("acme", "seam-hq"))
                .isInstanceOfSatisfying(VendorFailure.class, failure -> {
                    assertThat(failure.kind()).isEqualTo(VendorFailure.Kind.TRANSIENT);
                    assertThat(failure.code()).isEqualTo("connections_loading");
                });
    }

    @Test
    void shouldCatchUpWithEveryConnectionOnTheTopic() throws Exception {
        // Given
        send(definition("seam-hq", "https://seam.example", 1));
        send(definition("seam-branch", "https://seam-branch.example", 4));
        // When
        followed = started();
        // Then
        VendorConnection hq = followed.find("acme", "seam-hq").orElseThrow();
        assertThat(hq.baseUrl()).hasToString("https://seam.example");
        assertThat(hq.apiKey().reveal()).isEqualTo(API_KEY);
        assertThat(hq.option("webhook_secret_refs", null)).isEqualTo("seam-webhook");
        assertThat(followed.find("acme", "seam-branch")).isPresent();
        assertThat(followed.find("acme", "nobody")).isEmpty();
        assertThat(followed.all(Vendor.SEAM)).extracting(VendorConnection::id)
                .containsExactlyInAnyOrder("seam-hq", "seam-branch");
    }

    @Test
    void shouldReplaceAConnectionWithANewerRevision() throws Exception {
        // Given
        send(definition("seam-hq", "https://seam-old.example", 1));
        followed = started();
        // When
        send(definition("seam-hq", "https://seam-new.example", 2));
        // Then
        await().atMost(WAIT).untilAsserted(() -> assertThat(followed.find("acme", "seam-hq").orElseThrow()
                .baseUrl()).hasToString("https://seam-new.example"));
    }

    @Test
    void shouldNeverLetAnOlderRevisionReplaceANewerOne() throws Exception {
        // Given
        send(definition("seam-hq", "https://seam-new.example", 3));
        followed = started();
        // When an older revision arrives (then a marker: one partition, so it is applied after it)
        send(definition("seam-hq", "https://seam-old.example", 2));
        send(definition("marker", "https://marker.example", 1));
        await().atMost(WAIT).until(() -> followed.find("acme", "marker").isPresent());
        // Then
        assertThat(followed.find("acme", "seam-hq").orElseThrow().baseUrl()).hasToString("https://seam-new.example");
    }

    @Test
    void shouldForgetAConnectionOnATombstone() throws Exception {
        // Given
        send(definition("seam-hq", "https://seam.example", 1));
        followed = started();
        assertThat(followed.find("acme", "seam-hq")).isPresent();
        // When
        TopicProbe.send(topic, ConnectionDefinition.key("acme", "seam-hq"), null);
        // Then
        await().atMost(WAIT).until(() -> followed.find("acme", "seam-hq").isEmpty());
    }

    @Test
    void shouldSkipPoisonRecordsAndApplyTheNextOne() throws Exception {
        // Given
        followed = started();
        // When: not JSON, a key that is not the definition's, a base URL no runtime can use, then a good one
        TopicProbe.send(topic, "acme/broken", "{not json".getBytes(StandardCharsets.UTF_8));
        TopicProbe.send(topic, "acme/other", Json.write(definition("seam-misfiled", "https://seam.example", 1)));
        send(definition("seam-bad-url", "https://seam.example/{tenant}", 1));
        TopicProbe.send(topic, null, Json.write(definition("seam-nokey", "https://seam.example", 1)));
        send(definition("seam-good", "https://seam.example", 1));
        // Then
        await().atMost(WAIT).until(() -> followed.find("acme", "seam-good").isPresent());
        assertThat(followed.find("acme", "broken")).isEmpty();
        assertThat(followed.find("acme", "seam-misfiled")).isEmpty();
        assertThat(followed.find("acme", "other")).isEmpty();
        assertThat(followed.find("acme", "seam-bad-url")).isEmpty();
        assertThat(followed.all(Vendor.SEAM)).extracting(VendorConnection::id).containsExactly("seam-good");
    }

    @Test
    void shouldAnswerATransientFailureNamingTheReferenceButNeverAValueWhenTheSecretIsMissing() throws Exception {
        // Given
        send(new ConnectionDefinition("acme", "seam-hq", Vendor.SEAM, "https://seam.example", "seam-missing-key", 5,
                Map.of(), 1, Instant.now()));
        followed = started();
        // When / Then
        assertThatThrownBy(() -> followed.find("acme", "seam-hq"))
                .isInstanceOfSatisfying(VendorFailure.class, failure -> {
                    assertThat(failure.kind()).isEqualTo(VendorFailure.Kind.TRANSIENT);
                    assertThat(failure.code()).isEqualTo("connection_secret_missing");
                    assertThat(failure.getMessage()).contains("seam-missing-key").doesNotContain(API_KEY);
                });
        assertThat(followed.all(Vendor.SEAM)).isEmpty();
    }

    @Test
    void shouldAnswerATransientFailureWhenTheSecretCannotBeRead() throws Exception {
        // Given a secret source that fails (e.g. a file it may not read)
        lookup = ref -> {
            throw new UncheckedIOException("the secret file of '" + ref + "' cannot be read",
                    new java.io.IOException("denied"));
        };
        send(definition("seam-hq", "https://seam.example", 1));
        followed = started();
        // When / Then
        assertThatThrownBy(() -> followed.find("acme", "seam-hq"))
                .isInstanceOfSatisfying(VendorFailure.class, failure -> {
                    assertThat(failure.kind()).isEqualTo(VendorFailure.Kind.TRANSIENT);
                    assertThat(failure.getMessage()).contains("seam-key");
                });
        assertThat(followed.all(Vendor.SEAM)).isEmpty();
    }

    private FollowedConnections follower() {
        return new FollowedConnections(lookup, new Heartbeats(),
                KafkaClientSettings.plaintext(TestKafka.bootstrapServers()), topic);
    }

    private FollowedConnections started() throws InterruptedException {
        var follower = follower();
        follower.start();
        assertThat(follower.awaitCaughtUp(WAIT)).as("caught up").isTrue();
        return follower;
    }

    private void send(ConnectionDefinition definition) {
        TopicProbe.send(topic, definition.recordKey(), Json.write(definition));
    }

    private static ConnectionDefinition definition(String id, String baseUrl, long revision) {
        return new ConnectionDefinition("acme", id, Vendor.SEAM, baseUrl, "seam-key", 5,
                Map.of("webhook_secret_refs", "seam-webhook"), revision, Instant.now());
    }
}
