package io.credsync.ingest.events;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;

import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import io.credsync.model.Topics;
import io.credsync.support.vendor.KafkaAcks;

/**
 * Parks vendor events that are authentic but cannot be handled (unparseable, unknown type) on
 * {@code credsync.vendor-events.dlq.v1}: the raw payload, keyed by the vendor's message id, with the registry's
 * {@code dead-letter-reason} / {@code dead-letter-cause} headers plus where it came from. Returns only when the broker
 * acknowledged, so the vendor is answered 2xx only once the event is safe.
 */
@ApplicationScoped
public class VendorEventDeadLetterPublisher {

    /** A dead letter: the raw payload, why it is here (never a payload value) and where it came from. */
    public record DeadLetter(String key, byte[] payload, String reason, String cause, Map<String, String> origin) {
    }

    private static final Logger LOG = Logger.getLogger(VendorEventDeadLetterPublisher.class);

    private final KafkaProducer<String, byte[]> producer;

    public VendorEventDeadLetterPublisher(@ConfigProperty(name = "kafka.bootstrap.servers") String bootstrap,
            @ConfigProperty(name = "quarkus.application.name") String application) {
        this.producer = KafkaAcks.reliableProducer(bootstrap, application + "-vendor-events-dlq");
    }

    public void publish(DeadLetter letter) throws Exception {
        LOG.warnf("dead-lettering vendor event %s to %s: %s", letter.key(), Topics.VENDOR_EVENTS_DLQ,
                letter.reason());
        var headers = new RecordHeaders();
        headers.add("dead-letter-reason", utf8(letter.reason()));
        headers.add("dead-letter-cause", utf8(letter.cause()));
        letter.origin().forEach((name, value) -> headers.add(name, utf8(value)));
        KafkaAcks.sendAll(producer, List.of(new ProducerRecord<>(Topics.VENDOR_EVENTS_DLQ, null, letter.key(),
                letter.payload(), headers)), Duration.ofSeconds(30));
    }

    @PreDestroy
    void close() {
        producer.close(Duration.ofSeconds(5));
    }

    private static byte[] utf8(String s) {
        return String.valueOf(s).getBytes(StandardCharsets.UTF_8);
    }
}
