package io.credsync.model;

import java.util.List;

/**
 * Every Kafka topic credsync owns, with the settings the local stack and deployments create it with.
 * Names are versioned ({@code credsync.<name>.v1}); a breaking payload change gets a new topic.
 */
public final class Topics {

    public static final String CREDENTIAL_CHANGES = "credsync.credential-changes.v1";
    public static final String CREDENTIAL_CHANGES_DLQ = "credsync.credential-changes.dlq.v1";
    public static final String SYNC_OUTCOMES = "credsync.sync-outcomes.v1";
    public static final String SYNC_OUTCOMES_DLQ = "credsync.sync-outcomes.dlq.v1";
    public static final String SYNC_STATUS = "credsync.sync-status.v1";
    public static final String VENDOR_EVENTS_DLQ = "credsync.vendor-events.dlq.v1";
    /** Vendor connections as the registry defines them (compacted, keyed {@code <tenant>/<id>}, no secrets). */
    public static final String CONNECTIONS = "credsync.connections.v1";

    private Topics() {
    }

    /** The command topic of one vendor, e.g. {@code credsync.commands.jetstream.v1}. */
    public static String commands(Vendor vendor) {
        return "credsync.commands." + vendor.id() + ".v1";
    }

    /** The dead-letter topic for one vendor's commands. */
    public static String commandsDeadLetter(Vendor vendor) {
        return "credsync.commands." + vendor.id() + ".dlq.v1";
    }

    /** Every topic with its partitions and cleanup policy, in creation order. */
    public static List<TopicSpec> catalogue() {
        var specs = new java.util.ArrayList<TopicSpec>();
        specs.add(TopicSpec.deleted(CREDENTIAL_CHANGES, 12));
        specs.add(TopicSpec.deleted(CREDENTIAL_CHANGES_DLQ, 1));
        for (Vendor vendor : Vendor.values()) {
            specs.add(TopicSpec.deleted(commands(vendor), 12));
            specs.add(TopicSpec.deleted(commandsDeadLetter(vendor), 1));
        }
        specs.add(TopicSpec.deleted(SYNC_OUTCOMES, 12));
        specs.add(TopicSpec.deleted(SYNC_OUTCOMES_DLQ, 1));
        specs.add(TopicSpec.compacted(SYNC_STATUS, 12));
        specs.add(TopicSpec.deleted(VENDOR_EVENTS_DLQ, 1));
        specs.add(TopicSpec.compacted(CONNECTIONS, 1));
        return List.copyOf(specs);
    }

    /** A topic to create: name, partition count and whether the log is compacted (latest value per key). */
    public record TopicSpec(String name, int partitions, boolean compacted) {

        static TopicSpec deleted(String name, int partitions) {
            return new TopicSpec(name, partitions, false);
        }

        static TopicSpec compacted(String name, int partitions) {
            return new TopicSpec(name, partitions, true);
        }

        /** Kafka topic configuration entries for this spec. */
        public java.util.Map<String, String> configs() {
            return compacted
                    ? java.util.Map.of("cleanup.policy", "compact", "min.compaction.lag.ms", "0",
                            "segment.ms", "3600000")
                    : java.util.Map.of("cleanup.policy", "delete");
        }
    }
}
