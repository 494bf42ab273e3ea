package io.credsync.helm;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** values.schema.json refuses values that would render a broken or unsafe release. */
class ValuesSchemaTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            unknown-vendor.yaml               | /dispatchers/vendors/1
            unknown-override-vendor.yaml      | invalid propertyName 'acme'
            no-vendors.yaml                   | /dispatchers/vendors
            duplicate-vendor.yaml             | /dispatchers/vendors
            negative-replicas.yaml            | /registry/replicas
            replicas-not-a-number.yaml        | /eventIngest/replicas
            unknown-top-level-key.yaml        | additional properties 'dispatcher' not allowed
            sasl-without-credentials.yaml     | /kafka/sasl
            tls-without-truststore.yaml       | /kafka/tls/truststoreSecret
            no-kafka-bootstrap.yaml           | /kafka/bootstrapServers
            database-without-host.yaml        | /database/host
            database-without-credentials.yaml | /database
            verify-full-without-ca.yaml       | /database/caSecret
            jwt-without-key.yaml              | /registry/jwt
            """)
    void shouldRefuseBadValuesInTemplateAndLint(String valueSet, String reported) {
        // Given
        String file = "bad/" + valueSet;

        // When / Then
        assertThatThrownBy(() -> Chart.render(file))
                .hasMessageContaining("values don't meet the specifications of the schema")
                .hasMessageContaining(reported);
        assertThat(Chart.lint(file).isFailed()).isTrue();
    }
}
