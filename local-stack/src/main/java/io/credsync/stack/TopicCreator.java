package io.credsync.stack;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.admin.TopicDescription;
import org.apache.kafka.common.errors.TopicExistsException;

import io.credsync.model.Topics.TopicSpec;

/**
 * Creates the topics of {@code Topics.catalogue()} that do not exist yet. Existing topics are left alone (their
 * data too); one with fewer partitions than the catalogue asks is reported, because keys would map to other
 * partitions than in a deployment.
 */
final class TopicCreator {

    /** What a run did: topics created and topics that were already there. */
    record Report(List<String> created, List<String> existing) {

        int total() {
            return created.size() + existing.size();
        }
    }

    private static final short REPLICATION = 1;

    private TopicCreator() {
    }

    static Report createAll(String bootstrap, List<TopicSpec> specs, Duration timeout) {
        Map<String, Object> adminConfig = Map.of(
                AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap,
                AdminClientConfig.CLIENT_ID_CONFIG, "credsync-local-stack",
                // the broker may still be finishing its startup: the admin client retries until then
                AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, (int) timeout.toMillis());
        try (Admin admin = Admin.create(adminConfig)) {
            Set<String> present = admin.listTopics().names().get(timeout.toMillis(), TimeUnit.MILLISECONDS);
            List<String> created = new ArrayList<>();
            List<String> existing = new ArrayList<>();
            List<NewTopic> missing = new ArrayList<>();
            for (TopicSpec spec : specs) {
                if (present.contains(spec.name())) {
                    existing.add(spec.name());
                } else {
                    missing.add(new NewTopic(spec.name(), spec.partitions(), REPLICATION).configs(spec.configs()));
                }
            }
            var results = admin.createTopics(missing).values();
            for (NewTopic topic : missing) {
                try {
                    results.get(topic.name()).get(timeout.toMillis(), TimeUnit.MILLISECONDS);
                    created.add(topic.name());
                } catch (ExecutionException e) {
                    if (!(e.getCause() instanceof TopicExistsException)) {
                        throw e;
                    }
                    // another client created it meanwhile: just as good
                    existing.add(topic.name());
                }
            }
            warnAboutFewerPartitions(admin, specs, existing, timeout);
            return new Report(List.copyOf(created), List.copyOf(existing));
        } catch (ExecutionException | TimeoutException e) {
            Throwable cause = e instanceof ExecutionException ? e.getCause() : e;
            throw new StackException("could not create the Kafka topics on " + bootstrap + ": " + cause, cause);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new StackException("interrupted while creating topics");
        }
    }

    private static void warnAboutFewerPartitions(Admin admin, List<TopicSpec> specs, List<String> existing,
            Duration timeout) throws ExecutionException, InterruptedException, TimeoutException {
        if (existing.isEmpty()) {
            return;
        }
        Map<String, TopicDescription> described = admin.describeTopics(existing).allTopicNames()
                .get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        for (TopicSpec spec : specs) {
            TopicDescription description = described.get(spec.name());
            if (description != null && description.partitions().size() < spec.partitions()) {
                Console.warn("topic %s has %d partitions, the catalogue says %d (delete .credsync/kafka to recreate)",
                        spec.name(), description.partitions().size(), spec.partitions());
            }
        }
    }
}
