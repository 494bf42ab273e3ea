package io.credsync.vendor.jetstream.events;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * The fields of a Jetstream v3 event that the event side uses (CommandQueuedEvent, CommandCompletionEvent; other types
 * are only counted). Jetstream names fields in PascalCase.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record JetstreamEvent(
        @JsonProperty("Type") String type,
        @JsonProperty("EventId") String eventId,
        @JsonProperty("CommandId") String commandId,
        @JsonProperty("Device") String device,
        @JsonProperty("EventTime") String eventTime,
        @JsonProperty("ExceptionList") List<KeyValue> exceptionList) {

    public static final String QUEUED = "CommandQueuedEvent";
    public static final String COMPLETED = "CommandCompletionEvent";

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record KeyValue(@JsonProperty("Key") String key, @JsonProperty("Value") String value) {
    }

    /** An empty ExceptionList means the device applied the command. */
    public boolean succeeded() {
        return exceptionList == null || exceptionList.isEmpty();
    }
}
