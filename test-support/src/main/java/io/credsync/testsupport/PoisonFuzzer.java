package io.credsync.testsupport;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.function.Function;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * A seeded generator of records that must be poison for a topic's consumer: random bytes, and mutations of a valid
 * record that each break it for sure (truncated, trailing bytes, invalid UTF-8, nesting too deep, a required field
 * removed or of the wrong type, an unknown enum value, a key that does not match, plus the topic's own semantic
 * breaks). Every record carries a {@code fuzz-run} header, which dead letters keep, so a test finds exactly its own.
 */
public final class PoisonFuzzer {

    /** One record to send and the mutation that made it poison. */
    public record Poison(String key, byte[] value, String mutation) {
    }

    /** A topic's valid record and what in it may be broken. */
    public record Template(String key, byte[] value, List<String> requiredFields, Map<String, String> enumFields,
            Map<String, Function<ObjectNode, ObjectNode>> semanticBreaks) {
    }

    public static final String RUN_HEADER = "fuzz-run";
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Random random;
    private final String run = UUID.randomUUID().toString();

    public PoisonFuzzer(long seed) {
        this.random = new Random(seed);
    }

    public String run() {
        return run;
    }

    /** {@code count} poison records made from a template (a fresh valid record per call, so ids differ). */
    public List<Poison> generate(int count, java.util.function.Supplier<Template> templates) {
        List<Poison> poison = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            poison.add(next(templates.get()));
        }
        return poison;
    }

    private Poison next(Template t) {
        int choice = random.nextInt(11 + (t.semanticBreaks().isEmpty() ? 0 : 4));
        try {
            return switch (choice) {
                case 0, 1 -> new Poison(t.key(), randomBytes(random.nextInt(2000)), "random-bytes");
                case 2 -> new Poison(t.key(), Arrays.copyOf(t.value(), random.nextInt(t.value().length - 1)),
                        "truncated");
                case 3 -> new Poison(t.key(), concat(t.value(), (" " + (char) ('a' + random.nextInt(26)) + "garbage")
                        .getBytes(StandardCharsets.UTF_8)), "trailing-bytes");
                case 4 -> new Poison(t.key(), invalidUtf8(t.value()), "invalid-utf8");
                case 5 -> new Poison(t.key(), deepNesting(t.value()), "nesting");
                case 6 -> new Poison(t.key(), mutate(t, node -> remove(node, pick(t.requiredFields()))),
                        "required-removed");
                case 7 -> new Poison(t.key(), mutate(t, node -> wrongType(node, pick(t.requiredFields()))),
                        "wrong-type");
                case 8 -> new Poison(t.key(), mutate(t, node -> unknownEnum(node, t.enumFields())), "unknown-enum");
                case 9 -> new Poison("x-" + UUID.randomUUID(), t.value(), "key-mismatch");
                case 10 -> new Poison(t.key(), JSON.writeValueAsBytes(random.nextBoolean()
                        ? JSON.createArrayNode().add(JSON.readTree(t.value()))
                        : JSON.getNodeFactory().textNode("not an object")), "not-an-object");
                default -> {
                    var name = pick(List.copyOf(t.semanticBreaks().keySet()));
                    yield new Poison(t.key(), mutate(t, t.semanticBreaks().get(name)), name);
                }
            };
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Sends poison and valid records in the given order, each with this run's header, and waits for the acks. */
    public void send(String topic, List<Poison> records) {
        try (var producer = new KafkaProducer<>(TestKafka.producerProps(), new StringSerializer(),
                new ByteArraySerializer())) {
            List<java.util.concurrent.Future<?>> acks = new ArrayList<>();
            for (Poison p : records) {
                var record = new ProducerRecord<>(topic, p.key(), p.value());
                record.headers().add(RUN_HEADER, run.getBytes(StandardCharsets.UTF_8));
                record.headers().add("fuzz-mutation", p.mutation().getBytes(StandardCharsets.UTF_8));
                acks.add(producer.send(record));
            }
            for (var ack : acks) {
                ack.get();
            }
        } catch (Exception e) {
            throw new IllegalStateException("could not send to " + topic, e);
        }
    }

    /** This run's dead letters on {@code deadLetterTopic} written by {@code group}, read until there are {@code n}. */
    public List<ConsumerRecord<String, byte[]>> awaitDeadLetters(String deadLetterTopic, String group, int n,
            Duration timeout) {
        return TopicProbe.readUntil(deadLetterTopic,
                r -> run.equals(TopicProbe.header(r, RUN_HEADER)) && group.equals(TopicProbe.header(r,
                        "dead-letter-group")),
                found -> found.size() >= n, timeout);
    }

    private byte[] mutate(Template t, Function<ObjectNode, ObjectNode> mutation) throws java.io.IOException {
        var node = (ObjectNode) JSON.readTree(t.value());
        return JSON.writeValueAsBytes(mutation.apply(node));
    }

    private ObjectNode remove(ObjectNode node, String path) {
        var parent = parentOf(node, path);
        parent.remove(leaf(path));
        return node;
    }

    private ObjectNode wrongType(ObjectNode node, String path) {
        var parent = parentOf(node, path);
        parent.set(leaf(path), random.nextBoolean()
                ? JSON.createArrayNode().add(1).add(JSON.createObjectNode().put("x", 2))
                : JSON.createObjectNode().set("nested", JSON.createArrayNode().add(true)));
        return node;
    }

    private ObjectNode unknownEnum(ObjectNode node, Map<String, String> enumFields) {
        var path = pick(List.copyOf(enumFields.keySet()));
        parentOf(node, path).put(leaf(path), "no_such_" + random.nextInt(1000));
        return node;
    }

    private static ObjectNode parentOf(ObjectNode root, String path) {
        JsonNode node = root;
        String[] parts = path.split("\\.");
        for (int i = 0; i < parts.length - 1; i++) {
            node = node.get(parts[i]);
        }
        return (ObjectNode) node;
    }

    private static String leaf(String path) {
        return path.substring(path.lastIndexOf('.') + 1);
    }

    private String pick(List<String> options) {
        return options.get(random.nextInt(options.size()));
    }

    private byte[] randomBytes(int n) {
        byte[] bytes = new byte[n];
        random.nextBytes(bytes);
        return bytes;
    }

    /** A string value's first character replaced by a byte sequence that is not UTF-8. */
    private byte[] invalidUtf8(byte[] json) {
        byte[] copy = json.clone();
        for (int i = 1; i < copy.length; i++) {
            if (copy[i - 1] == '"' && copy[i] != '"' && copy[i] != ':' && copy[i] != ',') {
                copy[i] = (byte) 0xC3;
                if (i + 1 < copy.length) {
                    copy[i + 1] = (byte) 0x28;
                }
                return copy;
            }
        }
        return concat(new byte[]{(byte) 0xFF}, copy);
    }

    /** The valid record with one field nested far deeper than any parser allows. */
    private static byte[] deepNesting(byte[] json) {
        int depth = 5000;
        var inner = "[".repeat(depth) + "]".repeat(depth);
        String text = new String(json, StandardCharsets.UTF_8);
        return ("{\"deep\":" + inner + "," + text.substring(1)).getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] out = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }
}
