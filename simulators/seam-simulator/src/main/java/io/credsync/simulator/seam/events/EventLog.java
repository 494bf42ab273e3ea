package io.credsync.simulator.seam.events;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

import io.credsync.simulator.kit.events.EventJournal;
import io.credsync.simulator.seam.workspace.Timestamps;
import io.vertx.core.json.JsonObject;

/**
 * The workspace's events as Seam shapes them, on the kit's {@link EventJournal} (never acknowledged: Seam lists them
 * by time), with a listener (the webhook sender) told of each new one. Thread-safe.
 */
public final class EventLog {

    public static final String CREDENTIAL_ISSUED = "acs_credential.issued";
    public static final String CREDENTIAL_REISSUED = "acs_credential.reissued";
    public static final String CREDENTIAL_DELETED = "acs_credential.deleted";
    public static final String CREDENTIAL_INVALIDATED = "acs_credential.invalidated";
    public static final String USER_CREATED = "acs_user.created";
    public static final String USER_DELETED = "acs_user.deleted";

    private final EventJournal<JsonObject> journal;
    private final String workspaceId;
    private final String connectedAccountId;

    public EventLog(Clock clock, String workspaceId, String connectedAccountId, Consumer<SeamEvent> listener) {
        this.journal = new EventJournal<>(clock);
        this.workspaceId = workspaceId;
        this.connectedAccountId = connectedAccountId;
        journal.onAppend(entry -> listener.accept(SeamEvent.of(entry)));
    }

    public SeamEvent credentialEvent(String eventType, String acsSystemId, String acsCredentialId) {
        return append(eventType, subject(acsSystemId, "acs_credential_id", acsCredentialId), true);
    }

    public SeamEvent userEvent(String eventType, String acsSystemId, String acsUserId) {
        return append(eventType, subject(acsSystemId, "acs_user_id", acsUserId), true);
    }

    /**
     * Fault on demand: an event of {@code eventType} whose other fields are the given ones as they are, however broken
     * (a vendor answer gone wrong), listed and delivered like any other.
     */
    public SeamEvent appendRaw(String eventType, JsonObject fields) {
        return append(eventType, fields.copy(), false);
    }

    public List<SeamEvent> all() {
        return journal.all().stream().map(SeamEvent::of).toList();
    }

    public Optional<SeamEvent> find(String eventId) {
        return journal.find(eventId).map(SeamEvent::of);
    }

    public void clear() {
        journal.clear();
    }

    private JsonObject subject(String acsSystemId, String subjectField, String subjectId) {
        return new JsonObject()
                .put("acs_system_id", acsSystemId)
                .put("connected_account_id", connectedAccountId)
                .put(subjectField, subjectId);
    }

    /** The fields stamped with the event's id, type, workspace and time ({@code occurred_at}, maybe {@code created_at}). */
    private SeamEvent append(String eventType, JsonObject fields, boolean withCreatedAt) {
        return SeamEvent.of(journal.append(stamp -> {
            String at = Timestamps.format(stamp.at());
            JsonObject json = fields
                    .put("event_id", stamp.id())
                    .put("event_type", eventType)
                    .put("workspace_id", workspaceId)
                    .put("occurred_at", at);
            return withCreatedAt ? json.put("created_at", at) : json;
        }));
    }
}
