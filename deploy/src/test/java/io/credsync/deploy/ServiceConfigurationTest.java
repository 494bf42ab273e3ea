package io.credsync.deploy;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The rule the compose and Dockerfile checks apply: a variable must reach a property the service really has. */
class ServiceConfigurationTest {

    private static final ServiceConfiguration DISPATCHER = ServiceConfiguration.of("services/dispatcher");
    private static final ServiceConfiguration REGISTRY = ServiceConfiguration.of("services/credential-registry");
    private static final ServiceConfiguration INGEST = ServiceConfiguration.of("services/event-ingest");

    @Test
    void shouldAcceptVariablesOfPropertiesTheServiceHas() {
        // Given the dispatcher's configuration, read from its modules, its Quarkus extensions and the Kafka clients

        // When / Then: its own property, a @ConfigMapping property, Quarkus' and Kafka's
        assertThat(DISPATCHER.target("CREDSYNC_DISPATCHER_VENDORS")).contains("credsync.dispatcher.vendors");
        assertThat(DISPATCHER.target("CREDSYNC_DISPATCH_REQUEST_TIMEOUT"))
                .contains("credsync.dispatch.request-timeout");
        assertThat(DISPATCHER.target("CREDSYNC_VENDORS_ALLOW_PLAIN_HTTP"))
                .contains("credsync.vendors.allow-plain-http");
        assertThat(DISPATCHER.target("CREDSYNC_SECRETS_DIR")).contains("credsync.secrets.dir");
        assertThat(DISPATCHER.target("QUARKUS_DATASOURCE_JDBC_URL")).contains("quarkus.datasource.jdbc.url");
        assertThat(DISPATCHER.target("QUARKUS_HTTP_PORT")).contains("quarkus.http.port");
        assertThat(DISPATCHER.target("KAFKA_BOOTSTRAP_SERVERS")).contains("kafka.bootstrap.servers");
        assertThat(DISPATCHER.target("KAFKA_SASL_MECHANISM")).contains("kafka.sasl.mechanism");
        assertThat(DISPATCHER.target("CREDSYNC_VENDOR_JETSTREAM_QUEUE_TIMEOUT"))
                .contains("credsync.vendor.jetstream.queue-timeout");
    }

    @Test
    void shouldAcceptAVariableAPropertiesFileReadsDirectly() {
        // Given the registry's mp.jwt.verify.issuer=${CREDSYNC_JWT_ISSUER:…}

        // When / Then
        assertThat(REGISTRY.target("CREDSYNC_JWT_ISSUER")).contains("CREDSYNC_JWT_ISSUER");
        assertThat(REGISTRY.target("CREDSYNC_JWT_PUBLIC_KEY_LOCATION")).contains("CREDSYNC_JWT_PUBLIC_KEY_LOCATION");
        assertThat(REGISTRY.target("CREDSYNC_AUTH_DEV_TOKEN_ENABLED")).contains("credsync.auth.dev-token.enabled");
    }

    @Test
    void shouldRefuseMisspeltVariables() {
        // Given names one typo away from real ones

        // When / Then
        assertThat(DISPATCHER.accepts("CREDSYNC_DISPATCHER_VENDOR")).isFalse();
        assertThat(DISPATCHER.accepts("QUARKUS_DATASOURCE_JDBC_UR")).isFalse();
        assertThat(DISPATCHER.accepts("QUARKUS_HTTP_PROT")).isFalse();
        assertThat(DISPATCHER.accepts("KAFKA_BOOTSTRAP_SERVER")).isFalse();
        assertThat(DISPATCHER.accepts("CREDSYNC_SECRET_DIR")).isFalse();
        assertThat(REGISTRY.accepts("CREDSYNC_JWT_PUBLICKEY_LOCATION")).isFalse();
        assertThat(INGEST.accepts("CREDSYNC_INGEST_VENDOR")).isFalse();
    }

    @Test
    void shouldRefuseAPropertyOfAnotherService() {
        // Given the registry has a reactive PostgreSQL client and the dispatcher only JDBC

        // When / Then: each service is judged by what it ships with, not by the union
        assertThat(REGISTRY.accepts("QUARKUS_DATASOURCE_REACTIVE_URL")).isTrue();
        assertThat(DISPATCHER.accepts("QUARKUS_DATASOURCE_REACTIVE_URL")).isFalse();
        assertThat(INGEST.accepts("CREDSYNC_DISPATCHER_VENDORS")).isFalse();
        assertThat(DISPATCHER.accepts("CREDSYNC_INGEST_VENDORS")).isFalse();
        assertThat(REGISTRY.accepts("CREDSYNC_DISPATCHER_VENDORS")).isFalse();
    }

    @Test
    void shouldReadTheSimulatorHostsVariablesFromItsSources() {
        // Given the host and the simulators it serves

        // When
        var variables = SimulatorHostVariables.read();

        // Then
        assertThat(variables).contains("SIMULATORS_PORT", "SIMULATORS_BIND_ADDRESS", "CREDSYNC_SECRETS_DIR",
                "CREDSYNC_EVENT_INGEST_URL", "JETSTREAM_SIM_PORT", "SEAM_SIM_API_KEY")
                .doesNotContain("SIMULATOR_PORT", "CREDSYNC_EVENT_INGEST");
    }
}
