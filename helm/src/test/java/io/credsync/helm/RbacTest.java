package io.credsync.helm;

import java.util.List;

import org.junit.jupiter.api.Test;

import io.fabric8.kubernetes.api.model.rbac.ClusterRole;
import io.fabric8.kubernetes.api.model.rbac.ClusterRoleBinding;
import io.fabric8.kubernetes.api.model.rbac.PolicyRule;
import io.fabric8.kubernetes.api.model.rbac.Role;
import io.fabric8.kubernetes.api.model.rbac.RoleBinding;

import static org.assertj.core.api.Assertions.assertThat;

/** The chart grants exactly what the code calls: the vendor-keys Secret, and Leases for event-ingest. */
class RbacTest {

    private static final PolicyRule READ_VENDOR_KEYS = rule("", "secrets", List.of("credsync-vendor-keys"),
            "get", "list", "watch");
    private static final PolicyRule LEASES = rule("coordination.k8s.io", "leases", List.of(),
            "get", "list", "watch", "create", "update", "patch");

    @Test
    void shouldLetTheDispatchersReadOnlyTheVendorKeysSecret() {
        // When
        Role role = Chart.render("all-vendors.yaml").get(Role.class, Manifests.named("dispatcher"));

        // Then
        assertThat(role.getRules()).usingRecursiveFieldByFieldElementComparator().containsExactly(READ_VENDOR_KEYS);
    }

    @Test
    void shouldLetEventIngestReadTheVendorKeysAndHoldLeases() {
        // When
        Role role = Chart.render().get(Role.class, Manifests.named("event-ingest"));

        // Then
        assertThat(role.getRules()).usingRecursiveFieldByFieldElementComparator()
                .containsExactly(READ_VENDOR_KEYS, LEASES);
    }

    @Test
    void shouldGrantNoLeasesWhenElectingThroughTheDatabase() {
        // When
        Role role = Chart.render("leadership-database.yaml").get(Role.class, Manifests.named("event-ingest"));

        // Then
        assertThat(role.getRules()).usingRecursiveFieldByFieldElementComparator().containsExactly(READ_VENDOR_KEYS);
    }

    @Test
    void shouldGrantNothingToTheRegistryNorAnythingClusterWide() {
        // When
        Manifests manifests = Chart.render("simulators.yaml");

        // Then
        assertThat(manifests.names(Role.class)).containsExactlyInAnyOrder(Manifests.named("dispatcher"),
                Manifests.named("event-ingest"));
        assertThat(manifests.all(ClusterRole.class)).isEmpty();
        assertThat(manifests.all(ClusterRoleBinding.class)).isEmpty();
        assertThat(manifests.all(Role.class)).flatMap(Role::getRules).allSatisfy(rule -> {
            assertThat(rule.getVerbs()).doesNotContain("*");
            assertThat(rule.getResources()).doesNotContain("*");
            assertThat(rule.getApiGroups()).doesNotContain("*");
        });
    }

    @Test
    void shouldBindEachRoleToItsComponentsServiceAccount() {
        // When
        Manifests manifests = Chart.render();

        // Then
        for (String component : List.of("dispatcher", "event-ingest")) {
            RoleBinding binding = manifests.get(RoleBinding.class, Manifests.named(component));
            assertThat(binding.getRoleRef().getKind()).isEqualTo("Role");
            assertThat(binding.getRoleRef().getName()).isEqualTo(Manifests.named(component));
            assertThat(binding.getSubjects()).singleElement().satisfies(subject -> {
                assertThat(subject.getKind()).isEqualTo("ServiceAccount");
                assertThat(subject.getName()).isEqualTo(Manifests.named(component));
                assertThat(subject.getNamespace()).isEqualTo(Chart.NAMESPACE);
            });
        }
    }

    @Test
    void shouldRestrictTheSecretsRuleToAnExistingSecretsName() {
        // When
        Role role = Chart.render("existing-secrets.yaml").get(Role.class, Manifests.named("dispatcher"));

        // Then
        assertThat(role.getRules()).singleElement()
                .satisfies(rule -> assertThat(rule.getResourceNames()).containsExactly("acme-vendor-keys"));
    }

    private static PolicyRule rule(String group, String resource, List<String> names, String... verbs) {
        var rule = new PolicyRule();
        rule.setApiGroups(List.of(group));
        rule.setResources(List.of(resource));
        rule.setResourceNames(names);
        rule.setVerbs(List.of(verbs));
        return rule;
    }
}
