package io.credsync.support.connections;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.Base64;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

import org.jboss.logmanager.ExtLogRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import io.credsync.model.crypto.SecretValue;
import io.fabric8.kubernetes.api.model.Secret;
import io.fabric8.kubernetes.api.model.SecretBuilder;
import io.fabric8.kubernetes.client.ConfigBuilder;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.KubernetesClientBuilder;
import io.fabric8.kubernetes.client.server.mock.EnableKubernetesMockClient;
import io.smallrye.config.SmallRyeConfigBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

@EnableKubernetesMockClient(crud = true)
class KubernetesSecretSourceTest {

    private static final String NAMESPACE = "credsync";
    private static final String NAME = "vendor-keys";
    private static final Duration WITHIN_SECONDS = Duration.ofSeconds(5);

    KubernetesClient client;
    private KubernetesSecretSource source;

    @AfterEach
    void close() {
        if (source != null) {
            source.close();
        }
    }

    private KubernetesSecretSource start() {
        source = KubernetesSecretSource.start(client, NAMESPACE, NAME, Duration.ofSeconds(10));
        return source;
    }

    private void put(String name, Map<String, String> values) {
        Secret secret = new SecretBuilder().withNewMetadata().withName(name).withNamespace(NAMESPACE).endMetadata()
                .withData(encoded(values)).build();
        client.secrets().inNamespace(NAMESPACE).resource(secret).createOr(existing -> existing.update());
    }

    private static Map<String, String> encoded(Map<String, String> values) {
        var encoded = new HashMap<String, String>();
        values.forEach((key, value) -> encoded.put(key, Base64.getEncoder()
                .encodeToString(value.getBytes(StandardCharsets.UTF_8))));
        return encoded;
    }

    @Test
    void shouldReadTheSecretsKeysAtStart() {
        // Given
        put(NAME, Map.of("seam-prod-key", "seam_live_1", "jetstream-prod-key", "js-1"));
        // When
        var started = start();
        // Then
        assertThat(started.find("seam-prod-key")).contains("seam_live_1");
        assertThat(started.find("jetstream-prod-key")).contains("js-1");
        assertThat(started.size()).isEqualTo(2);
    }

    @Test
    void shouldAnswerARotatedKeyWithinSeconds() {
        // Given
        put(NAME, Map.of("seam-prod-key", "old"));
        var started = start();
        // When
        put(NAME, Map.of("seam-prod-key", "new"));
        // Then
        await().atMost(WITHIN_SECONDS).until(() -> started.find("seam-prod-key").orElse("").equals("new"));
    }

    @Test
    void shouldNoLongerAnswerAKeyRemovedFromTheSecret() {
        // Given
        put(NAME, Map.of("seam-prod-key", "seam", "intserv-prod-key", "intserv"));
        var started = start();
        // When
        put(NAME, Map.of("intserv-prod-key", "intserv"));
        // Then
        await().atMost(WITHIN_SECONDS).until(() -> started.find("seam-prod-key").isEmpty());
        assertThat(started.find("intserv-prod-key")).contains("intserv");
    }

    @Test
    void shouldNoLongerAnswerAnyKeyOfADeletedSecret() {
        // Given
        put(NAME, Map.of("seam-prod-key", "seam"));
        var started = start();
        // When
        client.secrets().inNamespace(NAMESPACE).withName(NAME).delete();
        // Then
        await().atMost(WITHIN_SECONDS).until(() -> started.find("seam-prod-key").isEmpty());
    }

    @Test
    void shouldStartEmptyWithoutTheSecretAndAnswerItOnceCreated() {
        // Given
        var started = start();
        assertThat(started.find("seam-prod-key")).isEmpty();
        // When
        put(NAME, Map.of("seam-prod-key", "created-later"));
        // Then
        await().atMost(WITHIN_SECONDS).until(() -> started.find("seam-prod-key").isPresent());
        assertThat(started.find("seam-prod-key")).contains("created-later");
    }

    @Test
    void shouldIgnoreOtherSecretsOfTheNamespace() {
        // Given
        put("someone-else", Map.of("seam-prod-key", "not-ours"));
        var started = start();
        // When
        put("someone-else", Map.of("seam-prod-key", "still-not-ours", "other", "x"));
        put(NAME, Map.of("marker", "seen"));
        // Then
        await().atMost(WITHIN_SECONDS).until(() -> started.find("marker").isPresent());
        assertThat(started.find("seam-prod-key")).isEmpty();
    }

    @Test
    void shouldResolveThroughTheSecretResolverBeforeTheOtherSourcesAndFallThroughOnceDeleted() {
        // Given
        put(NAME, Map.of("k", "from-kubernetes"));
        var started = start();
        var config = new SmallRyeConfigBuilder()
                .withDefaultValues(Map.of("credsync.secret.k", "from-config")).build();
        var resolver = new SecretResolver(config, started::find, name -> null);
        assertThat(resolver.find("k")).map(SecretValue::reveal).contains("from-kubernetes");
        // When
        client.secrets().inNamespace(NAMESPACE).withName(NAME).delete();
        // Then
        await().atMost(WITHIN_SECONDS).untilAsserted(() -> assertThat(resolver.find("k"))
                .map(SecretValue::reveal).contains("from-config"));
    }

    @Test
    void shouldLogKeyNamesButNeverValues() {
        // Given
        var logged = new CopyOnWriteArrayList<String>();
        var handler = new Handler() {
            @Override
            public void publish(LogRecord record) {
                logged.add(record instanceof ExtLogRecord ext
                        ? ext.getFormattedMessage()
                        : record.getMessage() + " " + Arrays.toString(record.getParameters()));
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
            }
        };
        var logger = Logger.getLogger(KubernetesSecretSource.class.getName());
        logger.addHandler(handler);
        try {
            put(NAME, Map.of("seam-prod-key", "first-s3cr3t"));
            var started = start();
            // When
            put(NAME, Map.of("seam-prod-key", "second-s3cr3t"));
            await().atMost(WITHIN_SECONDS).until(() -> started.find("seam-prod-key").orElse("").startsWith("second"));
            client.secrets().inNamespace(NAMESPACE).withName(NAME).delete();
            await().atMost(WITHIN_SECONDS).until(() -> started.find("seam-prod-key").isEmpty());
        } finally {
            logger.removeHandler(handler);
        }
        // Then
        assertThat(logged).anyMatch(line -> line.contains("seam-prod-key"))
                .noneMatch(line -> line.contains("s3cr3t"));
    }

    @Test
    void shouldRefuseToStartWhenTheApiCannotBeReached() {
        // Given a client whose API server is gone
        var unreachable = new KubernetesClientBuilder()
                .withConfig(new ConfigBuilder().withMasterUrl("http://127.0.0.1:1")
                        .withRequestRetryBackoffLimit(0).build())
                .build();
        // When / Then
        try (unreachable) {
            assertThatThrownBy(() -> KubernetesSecretSource.start(unreachable, NAMESPACE, NAME,
                    Duration.ofSeconds(5)))
                    .isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining(NAMESPACE + "/" + NAME);
        }
    }
}
