package io.credsync.deploy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

import io.credsync.deploy.KafkaTopicsGenerator.Settings;
import io.credsync.model.Topics;
import io.credsync.model.Topics.TopicSpec;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class KafkaTopicsGeneratorTest {

    private static final String COMMITTED = "deploy/kafka/topics.yaml";

    @Test
    void shouldMatchTheCommittedFileWhenGeneratedFromTheCatalogueNow() {
        // Given the committed resources
        String committed = Repository.read(COMMITTED);

        // When
        String generated = KafkaTopicsGenerator.render(Topics.catalogue(), Settings.DEFAULTS);

        // Then: regenerate with `./mvnw -q -pl deploy exec:java` (deploy/README.md) when this fails
        assertThat(committed).isEqualTo(generated);
    }

    @Test
    void shouldDeclareEveryCatalogueTopicWithItsPartitionsAndConfiguration() {
        // Given
        List<Map<String, Object>> resources = documents(Repository.read(COMMITTED));

        // When
        Map<String, Map<String, Object>> specByTopic = new LinkedHashMap<>();
        for (Map<String, Object> resource : resources) {
            assertThat(resource).containsEntry("apiVersion", "kafka.strimzi.io/v1beta2").containsEntry("kind",
                    "KafkaTopic");
            Map<String, Object> metadata = ComposeFile.map(resource.get("metadata"));
            assertThat(ComposeFile.<Object>map(metadata.get("labels"))).containsEntry("strimzi.io/cluster", "credsync");
            Map<String, Object> spec = ComposeFile.map(resource.get("spec"));
            assertThat(metadata.get("name")).isEqualTo(spec.get("topicName"));
            specByTopic.put(spec.get("topicName").toString(), spec);
        }

        // Then: the same topics, each as the catalogue says, three replicas, two of them in sync for a write
        assertThat(specByTopic.keySet()).containsExactlyElementsOf(Topics.catalogue().stream().map(TopicSpec::name)
                .toList());
        for (TopicSpec topic : Topics.catalogue()) {
            Map<String, Object> spec = specByTopic.get(topic.name());
            assertThat(spec.get("partitions")).as(topic.name()).isEqualTo(topic.partitions());
            assertThat(spec.get("replicas")).as(topic.name()).isEqualTo(3);
            Map<String, String> expected = new TreeMap<>(topic.configs());
            expected.put("min.insync.replicas", "2");
            assertThat(strings(ComposeFile.map(spec.get("config")))).as(topic.name()).isEqualTo(expected);
            assertThat(expected.get("cleanup.policy")).isEqualTo(topic.compacted() ? "compact" : "delete");
        }
    }

    @Test
    void shouldTakeReplicasAndClusterAsParameters() {
        // Given one broker, and five
        TopicSpec status = Topics.catalogue().stream().filter(t -> t.name().equals(Topics.SYNC_STATUS)).findFirst()
                .orElseThrow();

        // When
        Map<String, Object> single = ComposeFile.map(documents(KafkaTopicsGenerator.render(List.of(status),
                new Settings(1, "dev"))).get(0).get("spec"));
        Map<String, Object> five = ComposeFile.map(documents(KafkaTopicsGenerator.render(List.of(status),
                new Settings(5, "prod"))).get(0).get("spec"));

        // Then
        assertThat(single.get("replicas")).isEqualTo(1);
        assertThat(strings(ComposeFile.map(single.get("config")))).containsEntry("min.insync.replicas", "1")
                .containsEntry("cleanup.policy", "compact");
        assertThat(five.get("replicas")).isEqualTo(5);
        assertThat(strings(ComposeFile.map(five.get("config")))).containsEntry("min.insync.replicas", "2");
        assertThat(KafkaTopicsGenerator.render(List.of(status), new Settings(5, "prod")))
                .contains("strimzi.io/cluster: prod");
    }

    @Test
    void shouldRefuseWhatNoClusterCouldTake() {
        // When / Then
        assertThatThrownBy(() -> new Settings(0, "credsync")).hasMessageContaining("replicas");
        assertThatThrownBy(() -> new Settings(3, "Not_A_Name")).hasMessageContaining("cluster");
        assertThatThrownBy(() -> KafkaTopicsGenerator.render(List.of(new TopicSpec("credsync.Some_Topic.v1", 1, false)),
                Settings.DEFAULTS)).hasMessageContaining("credsync.Some_Topic.v1");
    }

    @Test
    void shouldWriteTheFileWhenRunAsAProgram(@TempDir Path dir) throws Exception {
        // Given
        Path output = dir.resolve("kafka/topics.yaml");

        // When
        KafkaTopicsGenerator.main(new String[]{output.toString(), "--replicas=1", "--cluster=local"});

        // Then
        assertThat(Files.readString(output))
                .isEqualTo(KafkaTopicsGenerator.render(Topics.catalogue(), new Settings(1, "local")));
    }

    private static List<Map<String, Object>> documents(String yaml) {
        List<Map<String, Object>> documents = new ArrayList<>();
        for (Object document : new Yaml(new SafeConstructor(new LoaderOptions())).loadAll(yaml)) {
            if (document != null) {
                documents.add(ComposeFile.map(document));
            }
        }
        return documents;
    }

    private static Map<String, String> strings(Map<String, Object> map) {
        Map<String, String> strings = new TreeMap<>();
        map.forEach((key, value) -> strings.put(key, String.valueOf(value)));
        return strings;
    }
}
