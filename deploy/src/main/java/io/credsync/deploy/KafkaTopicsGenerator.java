package io.credsync.deploy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import io.credsync.model.Topics;
import io.credsync.model.Topics.TopicSpec;

/**
 * Writes one Strimzi {@code KafkaTopic} per topic of {@link Topics#catalogue()}: its partitions and configuration
 * (cleanup policy, compaction settings, retention when the catalogue sets one) as the code declares them, with the
 * cluster's replication as a parameter. The committed {@code deploy/kafka/topics.yaml} is this output for
 * {@link Settings#DEFAULTS}; {@code KafkaTopicsGeneratorTest} fails when the two drift apart.
 *
 * <pre>
 * ./mvnw -q -pl deploy exec:java                                   # deploy/kafka/topics.yaml
 * ./mvnw -q -pl deploy exec:java -Dtopics.replicas=1 -Dtopics.cluster=my-cluster
 * </pre>
 */
public final class KafkaTopicsGenerator {

    static final String API_VERSION = "kafka.strimzi.io/v1beta2";

    /**
     * Replicas per partition, and the name of the Strimzi {@code Kafka} resource (label {@code strimzi.io/cluster})
     * whose Topic Operator manages the topics.
     */
    public record Settings(int replicas, String cluster) {

        /** Three replicas, the usual production minimum, on a Kafka named {@code credsync}. */
        public static final Settings DEFAULTS = new Settings(3, "credsync");

        public Settings {
            if (replicas < 1) {
                throw new IllegalArgumentException("replicas must be at least 1, not " + replicas);
            }
            if (cluster == null || !cluster.matches("[a-z0-9]([-a-z0-9]*[a-z0-9])?")) {
                throw new IllegalArgumentException("cluster must be a Kubernetes name, not '" + cluster + "'");
            }
        }

        /**
         * Producers write with {@code acks=all}: with three or more replicas a write needs two of them, so losing one
         * broker neither loses acknowledged records nor stops writes; with fewer, one replica must do.
         */
        int minInSyncReplicas() {
            return Math.max(1, Math.min(2, replicas - 1));
        }
    }

    private KafkaTopicsGenerator() {
    }

    /** Usage: {@code KafkaTopicsGenerator <output file> [--replicas=N] [--cluster=NAME]}. */
    public static void main(String[] args) throws IOException {
        if (args.length < 1 || args[0].startsWith("--")) {
            throw new IllegalArgumentException(
                    "usage: KafkaTopicsGenerator <output file> [--replicas=N] [--cluster=NAME]");
        }
        int replicas = Settings.DEFAULTS.replicas();
        String cluster = Settings.DEFAULTS.cluster();
        for (int i = 1; i < args.length; i++) {
            if (args[i].startsWith("--replicas=")) {
                replicas = Integer.parseInt(args[i].substring("--replicas=".length()));
            } else if (args[i].startsWith("--cluster=")) {
                cluster = args[i].substring("--cluster=".length());
            } else {
                throw new IllegalArgumentException("unknown argument " + args[i]);
            }
        }
        Path output = Path.of(args[0]);
        List<TopicSpec> topics = Topics.catalogue();
        Path parent = output.toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        Files.writeString(output, render(topics, new Settings(replicas, cluster)), StandardCharsets.UTF_8);
        System.out.printf("%d KafkaTopics (replicas %d, cluster %s) written to %s%n", topics.size(), replicas,
                cluster, output);
    }

    /** The YAML stream: a header, then one document per topic in catalogue order; config keys sorted. */
    public static String render(List<TopicSpec> topics, Settings settings) {
        StringBuilder yaml = new StringBuilder()
                .append("# Generated from Topics.catalogue() (shared-model) by io.credsync.deploy.KafkaTopicsGenerator:\n")
                .append("# do not edit. Regenerate with `./mvnw -q -pl deploy exec:java` (deploy/README.md).\n")
                .append("# replicas: ").append(settings.replicas())
                .append(", Strimzi cluster: ").append(settings.cluster()).append('\n');
        for (TopicSpec topic : topics) {
            if (!topic.name().matches("[a-z0-9]([-a-z0-9.]{0,251}[a-z0-9])?")) {
                // metadata.name is the topic's name: Kubernetes allows lower case, digits, '-' and '.'
                throw new IllegalArgumentException("topic " + topic.name() + " is no Kubernetes resource name");
            }
            yaml.append("---\n")
                    .append("apiVersion: ").append(API_VERSION).append('\n')
                    .append("kind: KafkaTopic\n")
                    .append("metadata:\n")
                    .append("  name: ").append(topic.name()).append('\n')
                    .append("  labels:\n")
                    .append("    strimzi.io/cluster: ").append(settings.cluster()).append('\n')
                    .append("    app.kubernetes.io/part-of: credsync\n")
                    .append("spec:\n")
                    .append("  topicName: ").append(topic.name()).append('\n')
                    .append("  partitions: ").append(topic.partitions()).append('\n')
                    .append("  replicas: ").append(settings.replicas()).append('\n')
                    .append("  config:\n");
            config(topic, settings).forEach((key, value) -> yaml.append("    ").append(key).append(": ")
                    .append(scalar(value)).append('\n'));
        }
        return yaml.toString();
    }

    /** The catalogue's configuration of the topic plus the replication settings of this cluster. */
    static Map<String, String> config(TopicSpec topic, Settings settings) {
        Map<String, String> config = new TreeMap<>(topic.configs());
        config.put("min.insync.replicas", Integer.toString(settings.minInSyncReplicas()));
        return config;
    }

    /** Numbers as YAML integers (as Strimzi's examples write them); anything else quoted unless plainly safe. */
    private static String scalar(String value) {
        if (value.matches("-?[0-9]+") || value.matches("[a-z][a-z,._-]*")) {
            return value;
        }
        return "'" + value.replace("'", "''") + "'";
    }
}
