package io.credsync.testsupport;

import io.kroxylicious.testing.kafka.api.KafkaCluster;
import io.kroxylicious.testing.kafka.common.KafkaClusterConfig;
import io.kroxylicious.testing.kafka.common.KafkaClusterExecutionMode;
import io.kroxylicious.testing.kafka.common.KafkaClusterFactory;

/** A single-node Apache Kafka KRaft broker inside this JVM (kroxylicious testing), for machines without Docker. */
final class EmbeddedKafkaBroker {

    private EmbeddedKafkaBroker() {
    }

    static KafkaBroker start() {
        KafkaClusterConfig config = KafkaClusterConfig.builder()
                .execMode(KafkaClusterExecutionMode.IN_VM)
                .kraftMode(true)
                .brokersNum(1)
                .kraftControllers(1)
                .build();
        KafkaCluster cluster = KafkaClusterFactory.create(config);
        JvmShutdown.close("embedded Kafka broker", cluster);
        cluster.start();
        return new KafkaBroker(cluster.getBootstrapServers(), "in-JVM KRaft broker");
    }
}
