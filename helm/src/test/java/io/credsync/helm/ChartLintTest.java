package io.credsync.helm;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

import com.marcnuri.helm.LintResult;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code helm lint --strict} and {@code helm template} accept the chart with every supported value set. */
class ChartLintTest {

    @ParameterizedTest(name = "{0}")
    @NullSource
    @ValueSource(strings = {"all-vendors.yaml", "inline-secrets.yaml", "existing-secrets.yaml",
            "ingress-hpa-monitoring.yaml", "kafka-sasl-tls.yaml", "kafka-sasl-inline.yaml", "simulators.yaml",
            "leadership-database.yaml", "database-verify-full.yaml"})
    void shouldLintWithoutErrorsOrWarnings(String valueSet) {
        // When
        LintResult result = Chart.lint(valueSet);

        // Then
        assertThat(result.isFailed()).as("lint failed: %s", result.getMessages()).isFalse();
        assertThat(result.getMessages()).noneMatch(message -> message.contains("[ERROR]")
                || message.contains("[WARNING]"));
    }

    @ParameterizedTest(name = "{0}")
    @NullSource
    @ValueSource(strings = {"all-vendors.yaml", "inline-secrets.yaml", "existing-secrets.yaml",
            "ingress-hpa-monitoring.yaml", "kafka-sasl-tls.yaml", "kafka-sasl-inline.yaml", "simulators.yaml",
            "leadership-database.yaml", "database-verify-full.yaml"})
    void shouldRenderOnlyObjectsTheKubernetesModelKnows(String valueSet) {
        // When (strict parsing throws on any unknown field or kind)
        Manifests manifests = valueSet == null ? Chart.render() : Chart.render(valueSet);

        // Then
        assertThat(manifests.objects()).isNotEmpty();
        assertThat(manifests.objects()).allSatisfy(object -> assertThat(object.getMetadata().getLabels())
                .containsEntry("app.kubernetes.io/instance", Chart.RELEASE)
                .containsEntry("app.kubernetes.io/managed-by", "Helm"));
    }
}
