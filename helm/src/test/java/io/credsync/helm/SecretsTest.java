package io.credsync.helm;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.Secret;
import io.fabric8.kubernetes.api.model.Volume;
import io.fabric8.kubernetes.api.model.VolumeMount;
import io.fabric8.kubernetes.api.model.apps.Deployment;

import static org.assertj.core.api.Assertions.assertThat;

/** Vendor keys, the encryption key ring and the database credentials: from Secrets, existing or generated. */
class SecretsTest {

    private static final String SECRETS_DIR = "/var/run/credsync/secrets";

    @Test
    void shouldMountTheWholeVendorKeysSecretAndNameItToTheRuntimes() {
        // When
        Manifests manifests = Chart.render("all-vendors.yaml");

        // Then
        for (String runtime : List.of("event-ingest", "dispatcher-jetstream", "dispatcher-genetec")) {
            Deployment deployment = manifests.deployment(runtime);
            assertThat(manifests.env(deployment))
                    .containsEntry("CREDSYNC_SECRETS_KUBERNETES_SECRET", "credsync-vendor-keys")
                    .containsEntry("CREDSYNC_SECRETS_DIR", SECRETS_DIR);
            Volume volume = volume(deployment, "vendor-keys");
            assertThat(volume.getSecret().getSecretName()).isEqualTo("credsync-vendor-keys");
            assertThat(volume.getSecret().getItems()).as("every key, not a selection").isEmpty();
            VolumeMount mount = mount(deployment, "vendor-keys");
            assertThat(mount.getMountPath()).isEqualTo(SECRETS_DIR);
            assertThat(mount.getSubPath()).as("subPath mounts are never refreshed").isNull();
            assertThat(mount.getReadOnly()).isTrue();
        }
    }

    @Test
    void shouldKeepVendorKeysAwayFromTheRegistry() {
        // When
        Deployment registry = Chart.render().deployment("credential-registry");

        // Then
        assertThat(Manifests.container(registry).getVolumeMounts()).extracting(VolumeMount::getName)
                .doesNotContain("vendor-keys");
        assertThat(Manifests.container(registry).getEnv()).extracting(variable -> variable.getName())
                .doesNotContain("CREDSYNC_SECRETS_KUBERNETES_SECRET", "CREDSYNC_SECRETS_DIR");
    }

    @Test
    void shouldGiveTheKeyRingOnlyToTheServicesThatOpenValues() {
        // When
        Manifests manifests = Chart.render();

        // Then
        for (String service : List.of("credential-registry", "dispatcher-seam")) {
            assertThat(manifests.env(manifests.deployment(service)))
                    .containsEntry("CREDSYNC_ENCRYPTION_KEYS", "secret:credsync-encryption/keys")
                    .containsEntry("CREDSYNC_ENCRYPTION_ACTIVE_KEY", "secret:credsync-encryption/active-key");
        }
        assertThat(manifests.env(manifests.deployment("event-ingest"))).doesNotContainKey("CREDSYNC_ENCRYPTION_KEYS");
    }

    @Test
    void shouldUseExistingSecretsInsteadOfGeneratingAny() {
        // When
        Manifests manifests = Chart.render("existing-secrets.yaml");

        // Then
        assertThat(manifests.all(Secret.class)).isEmpty();
        Map<String, String> dispatcher = manifests.env(manifests.deployment("dispatcher-seam"));
        assertThat(dispatcher)
                .containsEntry("CREDSYNC_ENCRYPTION_KEYS", "secret:acme-encryption/ring")
                .containsEntry("CREDSYNC_ENCRYPTION_ACTIVE_KEY", "secret:acme-encryption/active")
                .containsEntry("QUARKUS_DATASOURCE_USERNAME", "secret:acme-db/user")
                .containsEntry("QUARKUS_DATASOURCE_PASSWORD", "secret:acme-db/pass")
                .containsEntry("CREDSYNC_KAFKA_SASL_PASSWORD", "secret:acme-kafka-user/secret")
                .containsEntry("CREDSYNC_SECRETS_KUBERNETES_SECRET", "acme-vendor-keys");
        assertThat(volume(manifests.deployment("dispatcher-seam"), "vendor-keys").getSecret().getSecretName())
                .isEqualTo("acme-vendor-keys");
        assertThat(volume(manifests.deployment("credential-registry"), "jwt-public-key").getSecret().getSecretName())
                .isEqualTo("acme-jwt");
    }

    @Test
    void shouldGenerateSecretsForValuesGivenInline() {
        // When
        Manifests manifests = Chart.render("inline-secrets.yaml");

        // Then
        assertThat(manifests.names(Secret.class)).containsExactlyInAnyOrder(Manifests.named("vendor-keys"),
                Manifests.named("encryption"), Manifests.named("database"));
        assertThat(manifests.get(Secret.class, Manifests.named("vendor-keys")).getStringData())
                .containsOnlyKeys("seam-hq-key", "jetstream-hq-key");
        assertThat(manifests.get(Secret.class, Manifests.named("encryption")).getStringData())
                .containsEntry("active-key", "k1");
        Map<String, String> dispatcher = manifests.env(manifests.deployment("dispatcher-jetstream"));
        assertThat(dispatcher)
                .containsEntry("CREDSYNC_SECRETS_KUBERNETES_SECRET", Manifests.named("vendor-keys"))
                .containsEntry("CREDSYNC_ENCRYPTION_KEYS", "secret:" + Manifests.named("encryption") + "/keys")
                .containsEntry("QUARKUS_DATASOURCE_PASSWORD", "secret:" + Manifests.named("database") + "/password");
    }

    @Test
    void shouldPutNoSecretValueIntoAConfigMapOrAnEnvironmentLiteral() {
        // When
        Manifests manifests = Chart.render("inline-secrets.yaml", "kafka-sasl-inline.yaml");

        // Then
        String everythingButSecrets = manifests.objects().stream()
                .filter(object -> !(object instanceof Secret))
                .map(Object::toString)
                .reduce("", String::concat);
        assertThat(everythingButSecrets).as("the objects' text holds their values").contains("credsync-db-rw",
                "PlainLoginModule");
        assertThat(everythingButSecrets).doesNotContain("not-a-real-password", "seam_test_key",
                "MDEyMzQ1Njc4OWFiY2RlZjAxMjM0NTY3ODlhYmNkZWY=");
    }

    static Volume volume(Deployment deployment, String name) {
        return deployment.getSpec().getTemplate().getSpec().getVolumes().stream()
                .filter(volume -> volume.getName().equals(name))
                .findFirst()
                .orElseThrow(() -> new AssertionError(deployment.getMetadata().getName() + " has no volume " + name));
    }

    static VolumeMount mount(Deployment deployment, String name) {
        Container container = Manifests.container(deployment);
        return container.getVolumeMounts().stream()
                .filter(mount -> mount.getName().equals(name))
                .findFirst()
                .orElseThrow(() -> new AssertionError(deployment.getMetadata().getName() + " mounts no " + name));
    }
}
