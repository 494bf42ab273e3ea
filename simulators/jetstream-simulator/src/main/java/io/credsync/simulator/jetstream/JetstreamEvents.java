package io.credsync.simulator.jetstream;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;

/** Builds the published events with the documented field names, in the documented order. */
final class JetstreamEvents {

    static final String COMMAND_QUEUED = "CommandQueuedEvent";
    static final String COMMAND_COMPLETION = "CommandCompletionEvent";
    static final String CREDENTIALS_ADDED = "DeviceCredentialsAddedEvent";
    static final String CREDENTIALS_MODIFIED = "DeviceCredentialsModifiedEvent";
    static final String CREDENTIALS_REMOVED = "DeviceCredentialsRemovedEvent";
    static final String SYNC_CREDENTIALS = "SyncCredentials";
    static final String COMMAND_TIMED_OUT = "CommandTimedOut";

    private final String user;

    JetstreamEvents(String user) {
        this.user = user;
    }

    JsonObject commandQueued(SyncCommand command) {
        JsonArray parameters = new JsonArray();
        command.credentials().forEach(value -> parameters.add(keyValue("Add", value)));
        parameters.add(keyValue("Remove", "*"));
        return new JsonObject()
                .put("Device", command.device())
                .put("CommandId", command.id())
                .put("CommandName", SYNC_CREDENTIALS)
                .put("URI", "/3/Devices/" + command.device() + "/credentials/sync")
                .put("Verb", "Post")
                .put("User", user)
                .put("Parameters", parameters)
                .put("Type", COMMAND_QUEUED)
                .put("EventId", newId())
                .put("EventTime", JetstreamTimes.eventTime(command.queuedAt()))
                .put("Version", 2);
    }

    JsonObject commandCompleted(SyncCommand command, Instant receivedAt) {
        return commandCompletion(command, receivedAt, new JsonArray());
    }

    JsonObject commandTimedOut(SyncCommand command) {
        String message = "Command timed out after " + SyncCommand.TIMEOUT.toMinutes() + " minutes";
        return commandCompletion(command, command.deadline(),
                new JsonArray().add(keyValue(COMMAND_TIMED_OUT, message)));
    }

    JsonObject credentialsAdded(String device, List<String> credentials, Instant at) {
        return credentialsEvent(CREDENTIALS_ADDED, "AddedCredentials", device, credentials, at);
    }

    JsonObject credentialsModified(String device, List<String> credentials, Instant at) {
        return credentialsEvent(CREDENTIALS_MODIFIED, "CurrentCredentials", device, credentials, at);
    }

    JsonObject credentialsRemoved(String device, List<String> credentials, Instant at) {
        return credentialsEvent(CREDENTIALS_REMOVED, "RemovedCredentials", device, credentials, at);
    }

    private static JsonObject commandCompletion(SyncCommand command, Instant at, JsonArray exceptions) {
        return new JsonObject()
                .put("CommandId", command.id())
                .put("CommandName", SYNC_CREDENTIALS)
                .put("OutputParameterList", new JsonArray())
                .put("ExceptionList", exceptions)
                .put("Device", command.device())
                .put("ReceivedTime", JetstreamTimes.eventTime(at))
                .put("Type", COMMAND_COMPLETION)
                .put("EventId", newId())
                .put("EventTime", JetstreamTimes.eventTime(at))
                .put("Version", 2);
    }

    private static JsonObject credentialsEvent(String type, String listField, String device, List<String> credentials,
            Instant at) {
        return new JsonObject()
                .put("Device", device)
                .put("CredentialType", "Basic")
                .put(listField, new JsonArray(List.copyOf(credentials)))
                .put("Type", type)
                .put("EventId", newId())
                .put("EventTime", JetstreamTimes.eventTime(at))
                .put("Version", 3);
    }

    private static JsonObject keyValue(String key, String value) {
        return new JsonObject().put("Key", key).put("Value", value);
    }

    private static String newId() {
        return UUID.randomUUID().toString();
    }
}
