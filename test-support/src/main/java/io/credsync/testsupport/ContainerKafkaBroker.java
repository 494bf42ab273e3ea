package io.credsync.testsupport;

import org.testcontainers.kafka.KafkaContainer;

/** Apache Kafka in a Docker container, the same version the clients are built against. */
final class ContainerKafkaBroker {

    static final String IMAGE = "apache/kafka:4.1.1";

    private ContainerKafkaBroker() {
    }

    static KafkaBroker start() {
        KafkaContainer container = new KafkaContainer(IMAGE);
        JvmShutdown.close("Kafka container", container);
        container.start();
        return new KafkaBroker(container.getBootstrapServers(), "Testcontainers " + IMAGE);
    }
}
