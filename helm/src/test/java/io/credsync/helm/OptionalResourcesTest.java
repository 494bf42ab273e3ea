package io.credsync.helm;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.api.model.Service;
import io.fabric8.kubernetes.api.model.ServicePort;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.autoscaling.v2.HorizontalPodAutoscaler;
import io.fabric8.kubernetes.api.model.networking.v1.HTTPIngressPath;
import io.fabric8.kubernetes.api.model.networking.v1.Ingress;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicy;
import io.fabric8.kubernetes.api.model.policy.v1.PodDisruptionBudget;

import static org.assertj.core.api.Assertions.assertThat;

/** Ingress, autoscaling, monitoring, network policies and the demo simulators, each when asked for. */
class OptionalResourcesTest {

    @Test
    void shouldRenderNoOptionalResourceByDefault() {
        // When
        Manifests manifests = Chart.render();

        // Then
        assertThat(manifests.all(Ingress.class)).isEmpty();
        assertThat(manifests.all(HorizontalPodAutoscaler.class)).isEmpty();
        assertThat(manifests.generic("ServiceMonitor")).isEmpty();
        assertThat(manifests.names(Deployment.class)).doesNotContain(Manifests.named("simulator-host"));
        assertThat(manifests.names(PodDisruptionBudget.class)).containsExactlyInAnyOrder(
                Manifests.named("credential-registry"), Manifests.named("event-ingest"),
                Manifests.named("dispatcher-jetstream"), Manifests.named("dispatcher-seam"));
    }

    @Test
    void shouldRestrictIngressToEveryComponentsPods() {
        // When
        Manifests manifests = Chart.render();

        // Then
        assertThat(manifests.names(NetworkPolicy.class)).containsExactlyInAnyOrder(
                Manifests.named("credential-registry"), Manifests.named("event-ingest"), Manifests.named("dispatcher"));
        NetworkPolicy dispatchers = manifests.get(NetworkPolicy.class, Manifests.named("dispatcher"));
        assertThat(dispatchers.getSpec().getPolicyTypes()).containsExactly("Ingress");
        assertThat(dispatchers.getSpec().getIngress()).as("nothing calls a dispatcher").isEmpty();
        assertThat(dispatchers.getSpec().getPodSelector().getMatchLabels())
                .containsEntry("app.kubernetes.io/component", "dispatcher");
        NetworkPolicy registry = manifests.get(NetworkPolicy.class, Manifests.named("credential-registry"));
        assertThat(registry.getSpec().getIngress()).singleElement()
                .satisfies(rule -> assertThat(rule.getPorts()).singleElement()
                        .satisfies(port -> assertThat(port.getPort().getStrVal()).isEqualTo("http")));
    }

    @Test
    void shouldExposeOnlyTheWebhooksThroughTheIngress() {
        // When
        Manifests manifests = Chart.render("ingress-hpa-monitoring.yaml");

        // Then
        Ingress ingress = manifests.get(Ingress.class, Manifests.named("event-ingest"));
        assertThat(ingress.getSpec().getIngressClassName()).isEqualTo("nginx");
        assertThat(ingress.getSpec().getTls()).singleElement().satisfies(tls -> {
            assertThat(tls.getSecretName()).isEqualTo("hooks-acme-tls");
            assertThat(tls.getHosts()).containsExactly("hooks.acme.example");
        });
        assertThat(ingress.getSpec().getRules()).singleElement().satisfies(rule -> {
            assertThat(rule.getHost()).isEqualTo("hooks.acme.example");
            HTTPIngressPath path = rule.getHttp().getPaths().get(0);
            assertThat(rule.getHttp().getPaths()).hasSize(1);
            assertThat(path.getPath()).isEqualTo("/webhooks");
            assertThat(path.getPathType()).isEqualTo("Prefix");
            assertThat(path.getBackend().getService().getName()).isEqualTo(Manifests.named("event-ingest"));
            assertThat(path.getBackend().getService().getPort().getName()).isEqualTo("http");
        });
        assertThat(manifests.get(Service.class, Manifests.named("event-ingest")).getSpec().getPorts())
                .extracting(ServicePort::getName).containsExactly("http");
    }

    @Test
    void shouldScaleEachDeploymentByItsOwnAutoscaler() {
        // When
        Manifests manifests = Chart.render("ingress-hpa-monitoring.yaml");

        // Then
        List<String> scaled = List.of("credential-registry", "event-ingest", "dispatcher-jetstream", "dispatcher-seam");
        assertThat(manifests.names(HorizontalPodAutoscaler.class))
                .containsExactlyInAnyOrderElementsOf(scaled.stream().map(Manifests::named).toList());
        for (String component : scaled) {
            HorizontalPodAutoscaler autoscaler = manifests.get(HorizontalPodAutoscaler.class,
                    Manifests.named(component));
            assertThat(autoscaler.getSpec().getScaleTargetRef().getKind()).isEqualTo("Deployment");
            assertThat(autoscaler.getSpec().getScaleTargetRef().getName()).isEqualTo(Manifests.named(component));
            assertThat(manifests.deployment(component).getSpec().getReplicas())
                    .as("the autoscaler owns the replica count").isNull();
        }
        assertThat(manifests.get(HorizontalPodAutoscaler.class, Manifests.named("event-ingest")).getSpec()
                .getMaxReplicas()).isEqualTo(5);
    }

    @Test
    @SuppressWarnings("unchecked")
    void shouldScrapeTheServicesMetricsWithAServiceMonitor() {
        // When
        Manifests manifests = Chart.render("ingress-hpa-monitoring.yaml");

        // Then
        GenericKubernetesResource monitor = manifests.generic("ServiceMonitor").get(0);
        assertThat(monitor.getApiVersion()).isEqualTo("monitoring.coreos.com/v1");
        assertThat(monitor.getMetadata().getLabels()).containsEntry("release", "prometheus");
        List<Map<String, Object>> endpoints = monitor.get("spec", "endpoints");
        assertThat(endpoints).singleElement().satisfies(endpoint -> assertThat(endpoint)
                .containsEntry("port", "http").containsEntry("path", "/q/metrics").containsEntry("interval", "15s"));
        Map<String, Object> labels = monitor.get("spec", "selector", "matchLabels");
        assertThat(labels).containsEntry("app.kubernetes.io/instance", Chart.RELEASE);
        Service dispatchers = manifests.get(Service.class, Manifests.named("dispatcher"));
        assertThat(dispatchers.getSpec().getPorts()).extracting(ServicePort::getName).containsExactly("http");
        NetworkPolicy policy = manifests.get(NetworkPolicy.class, Manifests.named("dispatcher"));
        assertThat(policy.getSpec().getIngress()).singleElement().satisfies(rule -> assertThat(rule.getFrom())
                .singleElement().satisfies(peer -> assertThat(peer.getNamespaceSelector().getMatchLabels())
                        .containsEntry("kubernetes.io/metadata.name", "monitoring")));
    }

    @Test
    void shouldRunTheSimulatorsForADemoAndLetTheRuntimesCallThemOverPlainHttp() {
        // When
        Manifests manifests = Chart.render("simulators.yaml");

        // Then
        Deployment simulators = manifests.deployment("simulator-host");
        assertThat(Manifests.container(simulators).getImage()).isEqualTo("credsync/simulator-host:0.1.0");
        assertThat(simulators.getSpec().getTemplate().getSpec().getAutomountServiceAccountToken()).isFalse();
        assertThat(manifests.get(Service.class, Manifests.named("simulator-host")).getSpec().getPorts())
                .extracting(ServicePort::getPort).containsExactly(8200, 8201, 8202, 8203, 8204, 8205);
        assertThat(manifests.env(manifests.deployment("dispatcher-jetstream")))
                .containsEntry("CREDSYNC_VENDORS_ALLOW_PLAIN_HTTP", "true");
        assertThat(manifests.env(Chart.render().deployment("dispatcher-jetstream")))
                .doesNotContainKey("CREDSYNC_VENDORS_ALLOW_PLAIN_HTTP");
        assertThat(manifests.names(NetworkPolicy.class)).contains(Manifests.named("simulator-host"));
    }
}
