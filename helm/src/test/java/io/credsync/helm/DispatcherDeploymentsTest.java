package io.credsync.helm;

import java.util.List;

import org.junit.jupiter.api.Test;

import io.fabric8.kubernetes.api.model.Quantity;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.policy.v1.PodDisruptionBudget;

import static org.assertj.core.api.Assertions.assertThat;

/** One dispatcher Deployment per vendor, all of the one image, each told its vendor. */
class DispatcherDeploymentsTest {

    private static final List<String> ALL_VENDORS = List.of("jetstream", "seam", "basip", "intserv", "genetec");

    @Test
    void shouldRenderOneDeploymentPerListedVendor() {
        // When
        Manifests manifests = Chart.render("all-vendors.yaml");

        // Then
        List<String> dispatchers = manifests.names(Deployment.class).stream()
                .filter(name -> name.contains("-dispatcher-"))
                .toList();
        assertThat(dispatchers).containsExactlyInAnyOrderElementsOf(
                ALL_VENDORS.stream().map(vendor -> Manifests.named("dispatcher-" + vendor)).toList());
        for (String vendor : ALL_VENDORS) {
            Deployment deployment = manifests.deployment("dispatcher-" + vendor);
            assertThat(Manifests.container(deployment).getImage()).isEqualTo("credsync/dispatcher:0.1.0");
            assertThat(manifests.env(deployment)).containsEntry("CREDSYNC_DISPATCHER_VENDORS", vendor);
            assertThat(deployment.getSpec().getSelector().getMatchLabels())
                    .containsEntry("app.kubernetes.io/component", "dispatcher")
                    .containsEntry("credsync.io/vendor", vendor);
            assertThat(deployment.getSpec().getTemplate().getMetadata().getLabels())
                    .containsAllEntriesOf(deployment.getSpec().getSelector().getMatchLabels());
            assertThat(manifests.get(PodDisruptionBudget.class, Manifests.named("dispatcher-" + vendor))
                    .getSpec().getSelector().getMatchLabels())
                    .isEqualTo(deployment.getSpec().getSelector().getMatchLabels());
        }
    }

    @Test
    void shouldRenderTheDefaultVendorsOnly() {
        // When
        Manifests manifests = Chart.render();

        // Then
        assertThat(manifests.names(Deployment.class)).containsExactlyInAnyOrder(
                Manifests.named("credential-registry"), Manifests.named("event-ingest"),
                Manifests.named("dispatcher-jetstream"), Manifests.named("dispatcher-seam"));
        assertThat(manifests.env(manifests.deployment("event-ingest")))
                .containsEntry("CREDSYNC_INGEST_VENDORS", "jetstream,seam");
    }

    @Test
    void shouldApplyAVendorsOverridesToThatVendorOnly() {
        // When
        Manifests manifests = Chart.render("all-vendors.yaml");

        // Then
        Deployment seam = manifests.deployment("dispatcher-seam");
        Deployment jetstream = manifests.deployment("dispatcher-jetstream");
        assertThat(seam.getSpec().getReplicas()).isEqualTo(3);
        assertThat(manifests.deployment("dispatcher-genetec").getSpec().getReplicas()).isEqualTo(1);
        assertThat(jetstream.getSpec().getReplicas()).isEqualTo(2);
        assertThat(Manifests.container(seam).getResources().getLimits())
                .containsEntry("memory", new Quantity("768Mi"));
        assertThat(Manifests.container(jetstream).getResources().getLimits())
                .containsEntry("memory", new Quantity("512Mi"));
        assertThat(manifests.env(seam)).containsEntry("CREDSYNC_DISPATCH_WORKERS", "16");
        assertThat(manifests.env(jetstream)).containsEntry("CREDSYNC_DISPATCH_WORKERS", "8");
        assertThat(Manifests.container(seam).getEnv())
                .filteredOn(variable -> variable.getName().equals("CREDSYNC_DISPATCH_WORKERS"))
                .hasSize(1);
    }
}
