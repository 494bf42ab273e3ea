package io.credsync.deploy;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

import io.credsync.deploy.KafkaTopicsGenerator.Settings;

import static org.assertj.core.api.Assertions.assertThat;

/** The example Kafka and PostgreSQL clusters of deploy/ fit the topics and the services. */
class ClusterExamplesTest {

    @Test
    void shouldRunTheKafkaClusterTheTopicsNameWithEnoughBrokers() {
        // Given
        List<Map<String, Object>> resources = documents("deploy/kafka/kafka.yaml");
        Map<String, Object> kafka = resources.stream().filter(r -> "Kafka".equals(r.get("kind"))).findFirst()
                .orElseThrow();
        Map<String, Object> pool = resources.stream().filter(r -> "KafkaNodePool".equals(r.get("kind")))
                .findFirst().orElseThrow();

        // When
        Map<String, Object> spec = ComposeFile.map(ComposeFile.map(kafka.get("spec")).get("kafka"));
        Map<String, Object> config = ComposeFile.map(spec.get("config"));

        // Then: the cluster topics.yaml's label names, at least as many brokers as replicas, the clients' version
        assertThat(ComposeFile.<Object>map(kafka.get("metadata")).get("name")).isEqualTo(Settings.DEFAULTS.cluster());
        assertThat(ComposeFile.<Object>map(ComposeFile.map(pool.get("metadata")).get("labels")))
                .containsEntry("strimzi.io/cluster", Settings.DEFAULTS.cluster());
        assertThat((Integer) ComposeFile.map(pool.get("spec")).get("replicas"))
                .isGreaterThanOrEqualTo(Settings.DEFAULTS.replicas());
        assertThat(config).containsEntry("auto.create.topics.enable", false).containsEntry("min.insync.replicas",
                Settings.DEFAULTS.minInSyncReplicas());
        Matcher version = Pattern.compile("<kafka.version>([^<]+)</kafka.version>").matcher(Repository.read("pom.xml"));
        assertThat(version.find()).isTrue();
        assertThat(spec.get("version")).isEqualTo(version.group(1));
        assertThat(ComposeFile.map(ComposeFile.map(kafka.get("spec")).get("entityOperator")))
                .containsKey("topicOperator");
    }

    @Test
    void shouldCreateTheDatabaseTheServicesUse() {
        // Given
        Map<String, Object> cluster = documents("deploy/postgres/cluster.yaml").get(0);

        // When
        Map<String, Object> initdb = ComposeFile.map(ComposeFile.map(ComposeFile.map(cluster.get("spec"))
                .get("bootstrap")).get("initdb"));

        // Then: PostgreSQL 17 (as the local stack and compose), database and owner credsync
        assertThat(cluster).containsEntry("apiVersion", "postgresql.cnpg.io/v1").containsEntry("kind", "Cluster");
        assertThat(initdb).containsEntry("database", "credsync").containsEntry("owner", "credsync");
        assertThat(ComposeFile.<Object>map(cluster.get("spec")).get("imageName").toString()).endsWith(":17");
    }

    private static List<Map<String, Object>> documents(String path) {
        List<Map<String, Object>> documents = new ArrayList<>();
        for (Object document : new Yaml(new SafeConstructor(new LoaderOptions())).loadAll(Repository.read(path))) {
            if (document != null) {
                documents.add(ComposeFile.map(document));
            }
        }
        return documents;
    }
}
