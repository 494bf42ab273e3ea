package io.credsync.helm;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.PodSpec;
import io.fabric8.kubernetes.api.model.ServiceAccount;
import io.fabric8.kubernetes.api.model.Volume;
import io.fabric8.kubernetes.api.model.apps.Deployment;

import static org.assertj.core.api.Assertions.assertThat;

/** What every pod of the chart holds: hardening, probes, the JVM settings, its identity. */
class PodSpecTest {

    private static final List<String> SERVICES = List.of("credential-registry", "event-ingest",
            "dispatcher-jetstream", "dispatcher-seam", "dispatcher-basip", "dispatcher-intserv", "dispatcher-genetec");

    private final Manifests manifests = Chart.render("simulators.yaml");

    @Test
    void shouldHardenEveryPod() {
        // When
        List<Deployment> deployments = manifests.all(Deployment.class);

        // Then (the services and the simulator host)
        assertThat(deployments).hasSize(SERVICES.size() + 1);
        for (Deployment deployment : deployments) {
            PodSpec pod = deployment.getSpec().getTemplate().getSpec();
            assertThat(pod.getSecurityContext().getRunAsNonRoot()).isTrue();
            assertThat(pod.getSecurityContext().getSeccompProfile().getType()).isEqualTo("RuntimeDefault");
            Container container = Manifests.container(deployment);
            var security = container.getSecurityContext();
            assertThat(security.getAllowPrivilegeEscalation()).isFalse();
            assertThat(security.getReadOnlyRootFilesystem()).isTrue();
            assertThat(security.getCapabilities().getDrop()).containsExactly("ALL");
            assertThat(security.getCapabilities().getAdd()).isNullOrEmpty();
            assertThat(security.getPrivileged()).isNull();
            assertThat(container.getVolumeMounts())
                    .anySatisfy(mount -> assertThat(mount.getMountPath()).isEqualTo("/tmp"));
            Volume tmp = pod.getVolumes().stream().filter(volume -> volume.getName().equals("tmp")).findFirst()
                    .orElseThrow();
            assertThat(tmp.getEmptyDir()).isNotNull();
        }
    }

    @Test
    void shouldProbeTheThreeHealthPathsOfEveryService() {
        for (String service : SERVICES) {
            // When
            Container container = Manifests.container(manifests.deployment(service));

            // Then
            assertThat(container.getStartupProbe().getHttpGet().getPath()).isEqualTo("/q/health/started");
            assertThat(container.getLivenessProbe().getHttpGet().getPath()).isEqualTo("/q/health/live");
            assertThat(container.getReadinessProbe().getHttpGet().getPath()).isEqualTo("/q/health/ready");
            assertThat(container.getReadinessProbe().getHttpGet().getPort().getStrVal()).isEqualTo("http");
            assertThat(container.getPorts()).singleElement().satisfies(port -> {
                assertThat(port.getName()).isEqualTo("http");
                assertThat(port.getContainerPort()).isEqualTo(8080);
            });
        }
    }

    @Test
    void shouldGiveEveryServiceItsPodNameTheHttpPortAndContainerJvmFlags() {
        for (String service : SERVICES) {
            // When
            Map<String, String> env = manifests.env(manifests.deployment(service));

            // Then
            assertThat(env).containsEntry("CREDSYNC_INSTANCE_ID", "field:metadata.name")
                    .containsEntry("QUARKUS_HTTP_PORT", "8080")
                    .containsEntry("QUARKUS_HTTP_HOST", "0.0.0.0");
            assertThat(env.get("JAVA_OPTS_APPEND")).contains("-XX:MaxRAMPercentage=75");
        }
    }

    @Test
    void shouldNotMountAServiceAccountTokenInTheRegistry() {
        // When
        Deployment registry = manifests.deployment("credential-registry");
        ServiceAccount account = manifests.get(ServiceAccount.class, Manifests.named("credential-registry"));

        // Then
        assertThat(registry.getSpec().getTemplate().getSpec().getAutomountServiceAccountToken()).isFalse();
        assertThat(registry.getSpec().getTemplate().getSpec().getServiceAccountName())
                .isEqualTo(account.getMetadata().getName());
        assertThat(account.getAutomountServiceAccountToken()).isFalse();
    }

    @Test
    void shouldGiveEachComponentItsOwnServiceAccount() {
        // When
        List<String> accounts = manifests.names(ServiceAccount.class);

        // Then
        assertThat(accounts).containsExactlyInAnyOrder(Manifests.named("credential-registry"),
                Manifests.named("event-ingest"), Manifests.named("dispatcher"), Manifests.named("simulator-host"));
        assertThat(manifests.deployment("dispatcher-basip").getSpec().getTemplate().getSpec().getServiceAccountName())
                .isEqualTo(Manifests.named("dispatcher"));
        assertThat(manifests.deployment("event-ingest").getSpec().getTemplate().getSpec().getServiceAccountName())
                .isEqualTo(Manifests.named("event-ingest"));
    }

    @Test
    void shouldLetOnlyEventIngestElectWithLeases() {
        // When
        Map<String, String> ingest = manifests.env(manifests.deployment("event-ingest"));

        // Then
        assertThat(ingest).containsEntry("CREDSYNC_LEADERSHIP", "kubernetes")
                .containsEntry("CREDSYNC_LEADERSHIP_LEASE_DURATION", "PT10S");
        assertThat(manifests.env(manifests.deployment("dispatcher-seam"))).doesNotContainKey("CREDSYNC_LEADERSHIP");
    }
}
