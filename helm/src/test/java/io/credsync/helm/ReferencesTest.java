package io.credsync.helm;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.EnvVar;
import io.fabric8.kubernetes.api.model.Service;
import io.fabric8.kubernetes.api.model.ServiceAccount;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.autoscaling.v2.HorizontalPodAutoscaler;
import io.fabric8.kubernetes.api.model.networking.v1.Ingress;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicy;
import io.fabric8.kubernetes.api.model.policy.v1.PodDisruptionBudget;
import io.fabric8.kubernetes.api.model.rbac.RoleBinding;

import static org.assertj.core.api.Assertions.assertThat;

/** What the rendered objects point at exists: selectors select pods, names name rendered objects. */
class ReferencesTest {

    @ParameterizedTest(name = "{0}")
    @NullSource
    @ValueSource(strings = {"all-vendors.yaml", "existing-secrets.yaml", "ingress-hpa-monitoring.yaml",
            "kafka-sasl-tls.yaml", "simulators.yaml"})
    void shouldSelectAndNameOnlyWhatTheReleaseRenders(String valueSet) {
        // When
        Manifests manifests = valueSet == null ? Chart.render() : Chart.render(valueSet);

        // Then
        List<Map<String, String>> podLabels = manifests.all(Deployment.class).stream()
                .map(deployment -> deployment.getSpec().getTemplate().getMetadata().getLabels())
                .toList();
        for (Deployment deployment : manifests.all(Deployment.class)) {
            assertThat(deployment.getSpec().getTemplate().getMetadata().getLabels())
                    .containsAllEntriesOf(deployment.getSpec().getSelector().getMatchLabels());
            assertThat(manifests.names(ServiceAccount.class))
                    .contains(deployment.getSpec().getTemplate().getSpec().getServiceAccountName());
            Container container = Manifests.container(deployment);
            assertThat(container.getEnv()).extracting(EnvVar::getName).doesNotHaveDuplicates();
            assertThat(container.getVolumeMounts()).allSatisfy(mount -> assertThat(
                    deployment.getSpec().getTemplate().getSpec().getVolumes()).anySatisfy(
                            volume -> assertThat(volume.getName()).isEqualTo(mount.getName())));
        }
        for (Service service : manifests.all(Service.class)) {
            assertThat(podLabels).as("pods of Service %s", service.getMetadata().getName())
                    .anySatisfy(labels -> assertThat(labels).containsAllEntriesOf(service.getSpec().getSelector()));
        }
        for (PodDisruptionBudget budget : manifests.all(PodDisruptionBudget.class)) {
            assertThat(podLabels).anySatisfy(
                    labels -> assertThat(labels).containsAllEntriesOf(budget.getSpec().getSelector().getMatchLabels()));
        }
        for (NetworkPolicy policy : manifests.all(NetworkPolicy.class)) {
            assertThat(podLabels).anySatisfy(labels -> assertThat(labels)
                    .containsAllEntriesOf(policy.getSpec().getPodSelector().getMatchLabels()));
        }
        for (HorizontalPodAutoscaler autoscaler : manifests.all(HorizontalPodAutoscaler.class)) {
            assertThat(manifests.names(Deployment.class)).contains(autoscaler.getSpec().getScaleTargetRef().getName());
        }
        for (RoleBinding binding : manifests.all(RoleBinding.class)) {
            assertThat(manifests.names(ServiceAccount.class)).contains(binding.getSubjects().get(0).getName());
        }
        for (Ingress ingress : manifests.all(Ingress.class)) {
            assertThat(manifests.names(Service.class)).contains(
                    ingress.getSpec().getRules().get(0).getHttp().getPaths().get(0).getBackend().getService()
                            .getName());
        }
    }
}
