package io.credsync.simulator.seam.events;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;

import io.credsync.simulator.seam.workspace.Timestamps;
import io.vertx.core.json.JsonObject;

/**
 * The workspace's events, in the order they occurred, with a listener (the webhook sender) told of each new one.
 * Thread-safe.
 */
public final class EventLog {

    public static final String CREDENTIAL_ISSUED = "acs_credential.issued";
    public static final String CREDENTIAL_REISSUED = "acs_credential.reissued";
    public static final String CREDENTIAL_DELETED = "acs_credential.deleted";
    public static final String CREDENTIAL_INVALIDATED = "acs_credential.invalidated";
    public static final String USER_CREATED = "acs_user.created";
    public static final String USER_DELETED = "acs_user.deleted";

    private final Clock clock;
    private final String workspaceId;
    private final String connectedAccountId;
    private final Consumer<SeamEvent> listener;
    private final List<SeamEvent> events = new ArrayList<>();
    private long sequence;

    public EventLog(Clock clock, String workspaceId, String connectedAccountId, Consumer<SeamEvent> listener) {
        this.clock = clock;
        this.workspaceId = workspaceId;
        this.connectedAccountId = connectedAccountId;
        this.listener = listener;
    }

    public SeamEvent credentialEvent(String eventType, String acsSystemId, String acsCredentialId) {
        return append(eventType, acsSystemId, "acs_credential_id", acsCredentialId);
    }

    public SeamEvent userEvent(String eventType, String acsSystemId, String acsUserId) {
        return append(eventType, acsSystemId, "acs_user_id", acsUserId);
    }

    /**
     * Fault on demand: an event of {@code eventType} whose other fields are the given ones as they are, however broken
     * (a vendor answer gone wrong), listed and delivered like any other.
     */
    public SeamEvent appendRaw(String eventType, JsonObject fields) {
        SeamEvent event;
        synchronized (this) {
            Instant now = clock.instant();
            String eventId = UUID.randomUUID().toString();
            JsonObject json = fields.copy()
                    .put("event_id", eventId)
                    .put("event_type", eventType)
                    .put("workspace_id", workspaceId)
                    .put("occurred_at", Timestamps.format(now));
            event = new SeamEvent(eventId, eventType, now, ++sequence, json);
            events.add(event);
        }
        listener.accept(event);
        return event;
    }

    public synchronized List<SeamEvent> all() {
        return List.copyOf(events);
    }

    public synchronized Optional<SeamEvent> find(String eventId) {
        return events.stream().filter(e -> e.eventId().equals(eventId)).findFirst();
    }

    public synchronized void clear() {
        events.clear();
    }

    private SeamEvent append(String eventType, String acsSystemId, String subjectField, String subjectId) {
        SeamEvent event;
        synchronized (this) {
            Instant now = clock.instant();
            String eventId = UUID.randomUUID().toString();
            JsonObject json = new JsonObject()
                    .put("event_id", eventId)
                    .put("event_type", eventType)
                    .put("workspace_id", workspaceId)
                    .put("created_at", Timestamps.format(now))
                    .put("occurred_at", Timestamps.format(now))
                    .put("acs_system_id", acsSystemId)
                    .put("connected_account_id", connectedAccountId)
                    .put(subjectField, subjectId);
            event = new SeamEvent(eventId, eventType, now, ++sequence, json);
            events.add(event);
        }
        listener.accept(event);
        return event;
    }
}
