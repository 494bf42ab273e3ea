package io.credsync.helm;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.fabric8.kubernetes.api.model.EnvVar;
import io.fabric8.kubernetes.api.model.apps.Deployment;

import static org.assertj.core.api.Assertions.assertThat;

/** Kafka (TLS, SASL), PostgreSQL and the JWT issuer, as the services read them from their environment. */
class ExternalServicesTest {

    private static final List<String> SERVICES = List.of("credential-registry", "event-ingest", "dispatcher-seam");

    @Test
    void shouldConnectToAPlainKafkaAndPostgresqlByDefault() {
        // When
        Manifests manifests = Chart.render();

        // Then
        for (String service : SERVICES) {
            Map<String, String> env = manifests.env(manifests.deployment(service));
            assertThat(env).containsEntry("KAFKA_BOOTSTRAP_SERVERS", "credsync-kafka-bootstrap.kafka.svc:9092")
                    .doesNotContainKeys("KAFKA_SECURITY_PROTOCOL", "KAFKA_SASL_JAAS_CONFIG")
                    .containsEntry("QUARKUS_DATASOURCE_JDBC_URL",
                            "jdbc:postgresql://credsync-db-rw:5432/credsync?sslmode=require")
                    .containsEntry("QUARKUS_DATASOURCE_REACTIVE_URL",
                            "postgresql://credsync-db-rw:5432/credsync?sslmode=require")
                    .containsEntry("QUARKUS_DATASOURCE_USERNAME", "secret:credsync-db-app/username")
                    .containsEntry("QUARKUS_DATASOURCE_PASSWORD", "secret:credsync-db-app/password");
        }
    }

    @Test
    void shouldLetTheReactiveClientEncryptWithoutCheckingWhenSslModeIsRequire() {
        // When
        Map<String, String> env = Chart.render().env(Chart.render().deployment("credential-registry"));

        // Then
        assertThat(env).containsEntry("QUARKUS_DATASOURCE_REACTIVE_TRUST_ALL", "true")
                .doesNotContainKey("QUARKUS_DATASOURCE_REACTIVE_TRUST_CERTIFICATE_PEM_CERTS");
    }

    @Test
    void shouldCheckThePostgresqlCertificateAgainstItsCaWithVerifyFull() {
        // When
        Manifests manifests = Chart.render("database-verify-full.yaml");

        // Then
        for (String service : SERVICES) {
            Deployment deployment = manifests.deployment(service);
            assertThat(manifests.env(deployment))
                    .containsEntry("QUARKUS_DATASOURCE_JDBC_URL", "jdbc:postgresql://pg.acme.example:6432/access"
                            + "?sslmode=verify-full&sslrootcert=/etc/credsync/database-ca/root.crt")
                    .containsEntry("QUARKUS_DATASOURCE_REACTIVE_URL",
                            "postgresql://pg.acme.example:6432/access?sslmode=verify-full")
                    .containsEntry("QUARKUS_DATASOURCE_REACTIVE_TRUST_CERTIFICATE_PEM", "true")
                    .containsEntry("QUARKUS_DATASOURCE_REACTIVE_TRUST_CERTIFICATE_PEM_CERTS",
                            "/etc/credsync/database-ca/root.crt")
                    .containsEntry("QUARKUS_DATASOURCE_REACTIVE_HOSTNAME_VERIFICATION_ALGORITHM", "HTTPS")
                    .doesNotContainKey("QUARKUS_DATASOURCE_REACTIVE_TRUST_ALL");
            assertThat(SecretsTest.volume(deployment, "database-ca").getSecret().getSecretName())
                    .isEqualTo("acme-pg-ca");
            assertThat(SecretsTest.mount(deployment, "database-ca").getMountPath())
                    .isEqualTo("/etc/credsync/database-ca");
        }
    }

    @Test
    void shouldConnectToKafkaOverSaslSslWithTheStrimziUsersSecretAndClusterCa() {
        // When
        Manifests manifests = Chart.render("kafka-sasl-tls.yaml");

        // Then
        for (String service : SERVICES) {
            Deployment deployment = manifests.deployment(service);
            assertThat(manifests.env(deployment))
                    .containsEntry("KAFKA_BOOTSTRAP_SERVERS", "credsync-kafka-bootstrap.kafka.svc:9093")
                    .containsEntry("KAFKA_SECURITY_PROTOCOL", "SASL_SSL")
                    .containsEntry("KAFKA_SASL_MECHANISM", "SCRAM-SHA-512")
                    .containsEntry("KAFKA_SASL_JAAS_CONFIG", "secret:credsync/sasl.jaas.config")
                    .containsEntry("KAFKA_SSL_TRUSTSTORE_LOCATION", "/etc/credsync/kafka-truststore/ca.p12")
                    .containsEntry("KAFKA_SSL_TRUSTSTORE_TYPE", "PKCS12")
                    .containsEntry("KAFKA_SSL_TRUSTSTORE_PASSWORD", "secret:credsync-cluster-ca-cert/ca.password");
            assertThat(SecretsTest.volume(deployment, "kafka-truststore").getSecret().getSecretName())
                    .isEqualTo("credsync-cluster-ca-cert");
            assertThat(SecretsTest.mount(deployment, "kafka-truststore").getMountPath())
                    .isEqualTo("/etc/credsync/kafka-truststore");
        }
    }

    @Test
    void shouldBuildTheJaasLineFromTheUserAndASecretPasswordDefinedBeforeIt() {
        // When
        Deployment deployment = Chart.render("kafka-sasl-inline.yaml").deployment("event-ingest");

        // Then
        List<String> names = Manifests.container(deployment).getEnv().stream().map(EnvVar::getName).toList();
        String jaas = Manifests.container(deployment).getEnv().get(names.indexOf("KAFKA_SASL_JAAS_CONFIG")).getValue();
        assertThat(jaas).isEqualTo("org.apache.kafka.common.security.plain.PlainLoginModule required "
                + "username=\"credsync\" password=\"$(CREDSYNC_KAFKA_SASL_PASSWORD)\";");
        assertThat(names.indexOf("CREDSYNC_KAFKA_SASL_PASSWORD"))
                .as("Kubernetes expands $(VAR) only from variables defined earlier")
                .isNotNegative()
                .isLessThan(names.indexOf("KAFKA_SASL_JAAS_CONFIG"));
    }

    @Test
    void shouldVerifyTokensWithThePublicKeyFromAConfigMapByDefault() {
        // When
        Deployment registry = Chart.render().deployment("credential-registry");

        // Then
        assertThat(Chart.render().env(registry)).containsEntry("CREDSYNC_JWT_ISSUER", "credsync")
                .containsEntry("CREDSYNC_JWT_PUBLIC_KEY_LOCATION", "file:/etc/credsync/jwt/public.pem");
        assertThat(SecretsTest.volume(registry, "jwt-public-key").getConfigMap().getName()).isEqualTo("credsync-jwt");
        assertThat(SecretsTest.mount(registry, "jwt-public-key").getMountPath()).isEqualTo("/etc/credsync/jwt");
    }

    @Test
    void shouldVerifyTokensWithTheIssuersJwksWhenGiven() {
        // When
        Manifests manifests = Chart.render("kafka-sasl-tls.yaml");
        Deployment registry = manifests.deployment("credential-registry");

        // Then
        assertThat(manifests.env(registry))
                .containsEntry("CREDSYNC_JWT_ISSUER", "https://login.acme.example/realms/access")
                .containsEntry("CREDSYNC_JWT_PUBLIC_KEY_LOCATION",
                        "https://login.acme.example/realms/access/protocol/openid-connect/certs");
        assertThat(registry.getSpec().getTemplate().getSpec().getVolumes()).extracting(volume -> volume.getName())
                .doesNotContain("jwt-public-key");
    }
}
