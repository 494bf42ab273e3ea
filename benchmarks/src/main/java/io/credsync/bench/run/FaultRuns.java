package io.credsync.bench.run;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;

import com.fasterxml.jackson.databind.JsonNode;

import io.credsync.bench.CommandCollector;
import io.credsync.model.Topics;
import io.credsync.model.Vendor;
import io.credsync.model.json.Json;

/**
 * {@code ./credsync bench --faults …}: each scenario sends a known set of changes at a steady rate, injects one fault
 * a third of the way in, heals it, waits until everything is synced (or gives up), and then compares the vendors'
 * state with what the changes should have left there.
 */
final class FaultRuns {

    /** Breaks something and, after {@code downFor}, repairs it. */
    private interface Action {
        void run() throws Exception;
    }

    record Fault(String name, String what, Action inject, Action heal) {
    }

    /** One scenario's figures. */
    record FaultResult(String name, String what, int changes, long commands, long vendorWrites, long synced,
            long lost, int missingAtVendor, int extraAtVendor, int duplicatesAtVendor, double convergeSeconds,
            double resumedSeconds, long deadLettered) {
    }

    private static final int CHANGES = 600;
    private static final double RATE = 100;
    private static final Duration DOWN_FOR = Duration.ofSeconds(4);
    /** The local stack's Seam webhook secret (SeamHosting; a simulator's, not a secret). */
    private static final String WEBHOOK_SECRET = "whsec_Y3JlZHN5bmMtbG9jYWwtc2VhbS13ZWJob29rLWtleSE=";

    private final BenchStack stack;
    private final BenchOptions options;

    FaultRuns(BenchStack stack, BenchOptions options) {
        this.stack = stack;
        this.options = options;
    }

    List<Fault> catalogue() {
        var faults = new ArrayList<Fault>();
        for (String service : List.of("credential-registry", "dispatcher", "event-ingest")) {
            faults.add(new Fault("kill-" + service, "kill -9 " + service + ", restart it " + DOWN_FOR.toSeconds()
                    + " s later", () -> stack.stack().kill(service), () -> stack.stack().restart(service)));
        }
        if (options.replicas() > 1) {
            for (String service : List.of("credential-registry", "dispatcher", "event-ingest")) {
                String replica = service + "-2";
                faults.add(new Fault("kill-replica-" + service, "kill -9 " + replica + " (one of " + options
                        .replicas() + " replicas), restart it " + DOWN_FOR.toSeconds() + " s later",
                        () -> stack.stack().kill(replica), () -> stack.stack().restart(replica)));
            }
        }
        faults.add(new Fault("kafka-restart", "kill -9 the Kafka broker, restart it", () -> stack.stack().kill(
                "kafka"), () -> stack.stack().restart("kafka")));
        faults.add(new Fault("postgres-restart", "kill -9 PostgreSQL, restart it", () -> stack.stack().kill(
                "postgres"), () -> stack.stack().restart("postgres")));
        faults.add(new Fault("vendor-5xx", "every vendor call answers 503 (both vendors)", () -> {
            stack.jetstream().call("POST", "/_control/faults", "{\"kind\":\"status\",\"status\":503}");
            stack.seam().call("POST", "/_control/faults", "{\"kind\":\"server_error\",\"status\":503}");
        }, this::clearVendorFaults));
        faults.add(new Fault("vendor-429", "every vendor call answers 429 with Retry-After: 1", () -> {
            stack.jetstream().call("POST", "/_control/faults", "{\"kind\":\"rate-limit\",\"retryAfterSeconds\":1}");
            stack.seam().call("POST", "/_control/faults", "{\"kind\":\"rate_limited\",\"retry_after_seconds\":1}");
        }, this::clearVendorFaults));
        faults.add(new Fault("vendor-timeout-after-write", "writes are applied but never answered (both vendors)",
                () -> {
                    stack.jetstream().call("POST", "/_control/faults", "{\"kind\":\"timeout-after-write\"}");
                    stack.seam().call("POST", "/_control/faults", "{\"kind\":\"timeout_after_write\"}");
                }, this::clearVendorFaults));
        faults.add(new Fault("device-offline", "half the Jetstream devices go offline", () -> setDevicesOnline(false),
                () -> setDevicesOnline(true)));
        faults.add(new Fault("webhooks-duplicated-reordered", "every Seam webhook so far re-sent twice, newest "
                + "first (signed like Svix)", () -> {
                }, this::replayWebhooks));
        faults.add(new Fault("poison-everywhere", "an unparseable record on every input topic and a signed "
                + "garbage webhook", this::poison, () -> {
                }));
        return faults;
    }

    void runAll() throws Exception {
        var wanted = options.faults();
        var results = new ArrayList<FaultResult>();
        for (var fault : catalogue()) {
            if (wanted.contains("all") || wanted.contains(fault.name())) {
                System.err.println("fault: " + fault.name() + " — " + fault.what());
                results.add(run(fault));
            }
        }
        var md = markdown(results);
        java.nio.file.Files.createDirectories(options.out());
        java.nio.file.Files.writeString(options.out().resolve("faults.md"), md);
        java.nio.file.Files.write(options.out().resolve("faults.json"), Json.mapper()
                .writerWithDefaultPrettyPrinter().writeValueAsBytes(results));
        System.out.println();
        System.out.println(md);
        System.out.println("Written: " + options.out().resolve("faults.md") + ", faults.json");
    }

    private FaultResult run(Fault fault) throws Exception {
        var changes = ChangeMix.generate(fault.name().replace("-", "") + System.currentTimeMillis() % 10_000,
                CHANGES, options.mix(), options.targetsPerChange(), stack.targetsByVendor(), options.seed());
        long writesBefore = vendorWrites();
        var deadLetters = new AtomicLong();
        long[] sentAt = new long[changes.size()];
        var sent = new AtomicLong();
        long healedAt;
        try (var tracker = new RunTracker(stack.kafkaBootstrap(), changes);
                var dlq = new CommandCollector(stack.kafkaBootstrap(), List.of(Topics.CREDENTIAL_CHANGES_DLQ,
                        Topics.SYNC_OUTCOMES_DLQ, Topics.VENDOR_EVENTS_DLQ, Topics.commandsDeadLetter(
                                Vendor.JETSTREAM),
                        Topics.commandsDeadLetter(Vendor.SEAM)),
                        (r, now) -> deadLetters.incrementAndGet());
                var progress = new Progress(fault.name(), changes.size(), sent::get,
                        () -> changes.stream().filter(tracker::isDone).count())) {
            var sender = new Thread(() -> {
                try (var s = new ChangeSender(stack.kafkaBootstrap())) {
                    s.send(changes, RATE, sentAt, sent::incrementAndGet);
                } catch (Exception e) {
                    System.err.println("sending failed: " + e);
                }
            }, "fault-sender");
            sender.start();
            while (sent.get() < CHANGES / 3) {
                Thread.sleep(20);
            }
            long injectedAt = System.currentTimeMillis();
            fault.inject().run();
            Thread.sleep(DOWN_FOR.toMillis());
            fault.heal().run();
            healedAt = System.currentTimeMillis();
            sender.join();
            long deadline = System.nanoTime() + Duration.ofMinutes(3).toNanos();
            while (changes.stream().anyMatch(c -> !tracker.isDone(c)) && System.nanoTime() < deadline) {
                Thread.sleep(200);
            }
            long lastDone = changes.stream().mapToLong(tracker::doneAt).max().orElse(healedAt);
            // the first change sent after the fault to finish: when work went on again (0: it never stopped)
            long firstDoneAfterFault = java.util.stream.IntStream.range(0, changes.size())
                    .filter(i -> sentAt[i] >= injectedAt && tracker.isDone(changes.get(i)))
                    .mapToLong(i -> tracker.doneAt(changes.get(i))).min().orElse(Long.MAX_VALUE);
            Thread.sleep(1_000); // let in-flight vendor writes land before the ground truth is read
            var lastChanges = VendorState.finalChanges(changes).values();
            long synced = 0;
            for (var change : lastChanges) {
                if (tracker.isDone(change) || syncedPerStatusApi(change)) {
                    synced++;
                }
            }
            var vendor = VendorState.check(stack, changes);
            vendor.examples().forEach(e -> System.err.println("  vendor state: " + e));
            return new FaultResult(fault.name(), fault.what(), changes.size(), tracker.commandsPublished(),
                    vendorWrites() - writesBefore, synced, lastChanges.size() - synced, vendor.missing(), vendor
                            .extra(),
                    vendor.duplicates(), Math.max(0, lastDone - healedAt) / 1000.0,
                    firstDoneAfterFault == Long.MAX_VALUE ? -1 : Math.max(0, firstDoneAfterFault - healedAt) / 1000.0,
                    deadLetters.get());
        }
    }

    /**
     * The registry's status API as the final word for a change the topic tracker did not see finish (its consumers
     * can miss a record across a broker restart): synced at the change's version or later on every target.
     */
    private boolean syncedPerStatusApi(BenchChange change) throws Exception {
        JsonNode status = Json.mapper().readTree(stack.api().get("/v1/credentials/" + change.credentialId()
                + "/status"));
        int synced = 0;
        for (JsonNode target : status.path("targets")) {
            if ("synced".equals(target.path("state").asText())
                    && target.path("observed_version").asLong() >= change.version()) {
                synced++;
            }
        }
        boolean done = synced == change.targets().size();
        if (done) {
            System.err.println("  " + change.credentialId() + ": synced per the status API, not seen on the topic");
        }
        return done;
    }

    private long vendorWrites() throws Exception {
        JsonNode jetstream = Json.mapper().readTree(stack.jetstream().call("GET", "/_control/requests", null)).path(
                "totals");
        JsonNode seam = Json.mapper().readTree(stack.seam().call("GET", "/_control/request_counts", null)).path(
                "request_counts");
        return jetstream.path("PUT /3/devices/{DeviceName}/credentials/basic").asLong() + seam.path(
                "/acs/credentials/create").asLong() + seam.path("/acs/credentials/update").asLong() + seam
                        .path(
                                "/acs/credentials/delete")
                        .asLong();
    }

    private void clearVendorFaults() throws Exception {
        stack.jetstream().call("DELETE", "/_control/faults", null);
        stack.seam().call("DELETE", "/_control/faults", null);
    }

    private void setDevicesOnline(boolean online) throws Exception {
        var devices = stack.targetsByVendor().get(0);
        for (int i = 0; i < devices.size(); i += 2) {
            stack.jetstream().call("PUT", "/_control/devices/" + devices.get(i).address(), "{\"online\":" + online
                    + "}");
        }
    }

    /** Every event Seam sent so far, twice, newest first, each signed as Svix would (new svix-id each time). */
    private void replayWebhooks() throws Exception {
        var events = new ArrayList<JsonNode>();
        Json.mapper().readTree(stack.seam().call("GET", "/_control/events", null)).path("events").forEach(
                events::add);
        java.util.Collections.reverse(events);
        var http = java.net.http.HttpClient.newHttpClient();
        int n = 0;
        for (int round = 0; round < 2; round++) {
            for (JsonNode event : events) {
                webhook(http, "msg_replay_" + round + "_" + n++, Json.mapper().writeValueAsString(event));
            }
        }
    }

    private void poison() throws Exception {
        byte[] garbage = "{not json".getBytes(StandardCharsets.UTF_8);
        try (var producer = new KafkaProducer<>(Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, stack
                .kafkaBootstrap()), new StringSerializer(), new ByteArraySerializer())) {
            for (String topic : List.of(Topics.CREDENTIAL_CHANGES, Topics.SYNC_OUTCOMES, Topics.commands(
                    Vendor.JETSTREAM), Topics.commands(Vendor.SEAM))) {
                producer.send(new ProducerRecord<>(topic, "poison", garbage)).get();
            }
        }
        webhook(java.net.http.HttpClient.newHttpClient(), "msg_poison", "{not json");
    }

    private void webhook(java.net.http.HttpClient http, String id, String body) throws Exception {
        String timestamp = Long.toString(System.currentTimeMillis() / 1000);
        var mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(Base64.getDecoder().decode(WEBHOOK_SECRET.substring("whsec_".length())),
                "HmacSHA256"));
        String signature = "v1," + Base64.getEncoder().encodeToString(mac.doFinal((id + "." + timestamp + "." + body)
                .getBytes(StandardCharsets.UTF_8)));
        http.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create(stack.url("event-ingest")
                + "/webhooks/seam/seam-local")).header("Content-Type", "application/json").header("svix-id", id)
                .header("svix-timestamp", timestamp).header("svix-signature", signature)
                .POST(java.net.http.HttpRequest.BodyPublishers.ofString(body)).build(),
                java.net.http.HttpResponse.BodyHandlers.discarding());
    }

    private static String markdown(List<FaultResult> results) {
        var md = new StringBuilder();
        md.append(String.format("Each scenario: %d changes at %.0f/s, the fault injected after a third of them and "
                + "healed %d s later.%n%n", CHANGES, RATE, DOWN_FOR.toSeconds()));
        md.append("| fault | changes sent | commands published | vendor writes | synced (credentials) | **lost** | "
                + "missing at vendor | stale at vendor | duplicates at vendor | dead-lettered | work resumed s after "
                + "heal | converged s after heal |\n|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|\n");
        for (var r : results) {
            md.append(String.format("| %s | %,d | %,d | %,d | %,d | **%d** | %d | %d | %d | %d | %s | %.1f |%n",
                    r.name(),
                    r.changes(), r.commands(), r.vendorWrites(), r.synced(), r.lost(), r.missingAtVendor(), r
                            .extraAtVendor(),
                    r.duplicatesAtVendor(), r.deadLettered(), r.resumedSeconds() < 0
                            ? "–"
                            : String.format("%.1f", r.resumedSeconds()),
                    r.convergeSeconds()));
        }
        md.append("\n");
        results.forEach(r -> md.append("- `").append(r.name()).append("`: ").append(r.what()).append("\n"));
        return md.toString();
    }
}
