package io.credsync.helm;

import org.junit.jupiter.api.Test;

import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.api.model.apps.Deployment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The rendered manifests are checked against the Kubernetes model, so a typo in a template cannot pass unseen. */
class StrictParsingTest {

    @Test
    void shouldRejectAMisspeltFieldOfARenderedDeployment() {
        // Given the registry's Deployment as rendered, with one field name misspelt
        String deployment = renderedDocument("kind: Deployment", Manifests.named("credential-registry"));
        String misspelt = deployment.replace("readinessProbe:", "readynessProbe:");

        // When / Then
        assertThat(StrictManifests.parseOne(deployment)).isInstanceOf(Deployment.class);
        assertThatThrownBy(() -> StrictManifests.parseOne(misspelt))
                .isInstanceOf(StrictManifests.UnknownFieldsException.class)
                .hasMessageContaining("readynessProbe");
    }

    @Test
    void shouldRejectAMisspeltFieldDeepInsideAPodSpec() {
        // Given
        String deployment = renderedDocument("kind: Deployment", Manifests.named("event-ingest"));
        String misspelt = deployment.replace("readOnlyRootFilesystem:", "readOnlyRootFileSystem:");

        // When / Then
        assertThatThrownBy(() -> StrictManifests.parseOne(misspelt))
                .hasMessageContaining(".spec.template.spec.containers[0].securityContext.readOnlyRootFileSystem");
    }

    @Test
    void shouldRejectAKindTheModelDoesNotKnow() {
        // Given
        String deployment = renderedDocument("kind: Deployment", Manifests.named("event-ingest"));
        String misspelt = deployment.replace("kind: Deployment", "kind: Deploymnet");

        // When / Then
        assertThatThrownBy(() -> StrictManifests.parseOne(misspelt))
                .hasMessageContaining("apps/v1/Deploymnet is not a kind of the Kubernetes model");
    }

    @Test
    void shouldRejectAValueOfTheWrongType() {
        // Given
        String deployment = renderedDocument("kind: Deployment", Manifests.named("event-ingest"));
        String wrong = deployment.replace("replicas: 2", "replicas: two");

        // When / Then
        assertThatThrownBy(() -> StrictManifests.parseOne(wrong)).hasMessageContaining("two");
    }

    @Test
    void shouldKeepTheServiceMonitorGenericForWantOfAModelClass() {
        // When
        Manifests manifests = Chart.render("ingress-hpa-monitoring.yaml");

        // Then
        assertThat(manifests.generic("ServiceMonitor")).hasSize(1);
        assertThat(manifests.all(GenericKubernetesResource.class)).hasSize(1);
    }

    private static String renderedDocument(String kindLine, String name) {
        String yaml = Chart.render().yaml();
        for (String document : yaml.split("(?m)^---\\s*$")) {
            if (document.contains("\n" + kindLine + "\n") && document.contains("\n  name: " + name + "\n")) {
                return document;
            }
        }
        throw new AssertionError("no " + kindLine + " named " + name);
    }
}
