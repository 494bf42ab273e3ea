package io.credsync.support;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.Map;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.credsync.model.crypto.SecretValue;
import io.credsync.support.connections.SecretResolver;
import io.credsync.support.leadership.Leadership;
import io.fabric8.kubernetes.api.model.SecretBuilder;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The Quarkus wiring: the extension's client (pointed at fabric8's CRUD mock server), the Secret as SecretResolver's
 * first source, and {@code credsync.leadership=kubernetes} taking a Lease in the client's namespace.
 */
@QuarkusTest
@QuarkusTestResource(value = KubernetesMockServerResource.class, restrictToAnnotatedClass = true)
class KubernetesWiringTest {

    @Inject
    KubernetesClient client;

    @Inject
    SecretResolver resolver;

    @Inject
    Leadership leadership;

    private void putSecret(String value) {
        var secret = new SecretBuilder().withNewMetadata().withName("vendor-keys").endMetadata()
                .withData(Map.of("seam-prod-key", Base64.getEncoder()
                        .encodeToString(value.getBytes(StandardCharsets.UTF_8))))
                .build();
        client.secrets().inNamespace(KubernetesMockServerResource.NAMESPACE).resource(secret)
                .createOr(existing -> existing.update());
    }

    private String resolved() {
        return resolver.find("seam-prod-key").map(SecretValue::reveal).orElse("");
    }

    @Test
    void shouldResolveFromTheWatchedSecretFirstAndFallThroughOnceItIsDeleted() {
        // Given
        putSecret("from-kubernetes");
        await().atMost(Duration.ofSeconds(5)).until(() -> resolved().equals("from-kubernetes"));
        // When
        putSecret("rotated");
        // Then
        await().atMost(Duration.ofSeconds(5)).until(() -> resolved().equals("rotated"));
        // When
        client.secrets().inNamespace(KubernetesMockServerResource.NAMESPACE).withName("vendor-keys").delete();
        // Then
        await().atMost(Duration.ofSeconds(5)).until(() -> resolved().equals("from-config"));
    }

    @Test
    void shouldLeadThroughALeaseHeldByTheInstanceId() {
        // When
        var claim = leadership.claim("credsync-support-wiring-test");
        // Then
        await().atMost(Duration.ofSeconds(10)).until(claim::leads);
        var lease = client.leases().inNamespace(KubernetesMockServerResource.NAMESPACE)
                .withName("credsync-support-wiring-test").get();
        assertThat(lease.getSpec().getHolderIdentity()).isEqualTo("replica-under-test");
        assertThat(leadership.kind()).isEqualTo("kubernetes");
        claim.close();
    }
}
