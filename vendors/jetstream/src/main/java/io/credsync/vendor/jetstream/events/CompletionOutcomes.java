package io.credsync.vendor.jetstream.events;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.credsync.model.outcome.SyncOutcome;
import io.credsync.model.outcome.SyncPhase;
import io.credsync.vendor.jetstream.JetstreamRefs;
import io.credsync.vendor.jetstream.events.CommandCorrelations.Carried;

/** Turns a Jetstream event about a command into one outcome per credential version that command carried. */
final class CompletionOutcomes {

    private CompletionOutcomes() {
    }

    /**
     * CommandCompletionEvent: empty ExceptionList → applied; otherwise failed with the vendor's key and text. Versions
     * the dispatcher already settled (online device) get nothing: the registry has their result.
     */
    static List<SyncOutcome> completed(JetstreamEvent event, List<Carried> carried, String source) {
        var exception = event.succeeded() ? null : event.exceptionList().get(0);
        return carried.stream()
                .filter(c -> !c.settled())
                .map(c -> outcome(event, c, event.succeeded() ? SyncPhase.APPLIED : SyncPhase.FAILED,
                        exception == null ? null : exception.key(), exception == null ? null : exception.value(),
                        source))
                .toList();
    }

    /** CommandQueuedEvent: the device has it queued (a no-op for targets already further along). */
    static List<SyncOutcome> queued(JetstreamEvent event, List<Carried> carried, String source) {
        return carried.stream().filter(c -> !c.settled())
                .map(c -> outcome(event, c, SyncPhase.QUEUED_ON_DEVICE, null, null, source)).toList();
    }

    private static SyncOutcome outcome(JetstreamEvent event, Carried c, SyncPhase phase, String code,
            String message, String source) {
        // a stable id per (vendor event, credential): a redelivered event yields the same outcome id
        UUID id = UUID.nameUUIDFromBytes((event.eventId() + "/" + c.credentialId()).getBytes(StandardCharsets.UTF_8));
        return new SyncOutcome(id, c.commandId(), c.tenant(), c.credentialId(), c.targetId(), c.version(), phase,
                null, Map.of(JetstreamRefs.COMMAND_ID, event.commandId()), code, message, source, eventTime(event));
    }

    private static Instant eventTime(JetstreamEvent event) {
        try {
            return event.eventTime() == null ? Instant.now() : Instant.parse(event.eventTime());
        } catch (DateTimeParseException e) {
            return Instant.now();
        }
    }
}
