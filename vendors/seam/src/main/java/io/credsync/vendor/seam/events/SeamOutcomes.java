package io.credsync.vendor.seam.events;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.UUID;

import io.credsync.model.outcome.SyncOutcome;
import io.credsync.model.outcome.SyncPhase;
import io.credsync.vendor.seam.SeamRefs;
import io.credsync.vendor.spi.events.OutcomeSink;

/** Publishes outcomes about a watched Seam credential; returns once Kafka acknowledged. */
final class SeamOutcomes {

    private final OutcomeSink sink;

    SeamOutcomes(OutcomeSink sink) {
        this.sink = sink;
    }

    void publish(SeamWatch watch, SyncPhase phase, String errorCode, String vendorMessage, String requestId)
            throws Exception {
        sink.publish(List.of(of(watch, phase, errorCode, vendorMessage, requestId)));
    }

    private SyncOutcome of(SeamWatch watch, SyncPhase phase, String errorCode, String vendorMessage,
            String requestId) {
        var refs = new HashMap<String, String>();
        refs.put(SeamRefs.ACS_CREDENTIAL_ID, watch.acsCredentialId());
        refs.put(SeamRefs.CONNECTION_ID, watch.connectionId());
        putIfPresent(refs, SeamRefs.ACS_USER_ID, watch.acsUserId());
        putIfPresent(refs, SeamRefs.ACS_SYSTEM_ID, watch.acsSystemId());
        putIfPresent(refs, SeamRefs.REQUEST_ID, requestId);
        return new SyncOutcome(UUID.randomUUID(), watch.commandId(), watch.tenant(), watch.credentialId(),
                watch.targetId(), watch.version(), phase, null, refs, errorCode, vendorMessage, sink.source(),
                Instant.now());
    }

    private static void putIfPresent(HashMap<String, String> refs, String key, String value) {
        if (value != null) {
            refs.put(key, value);
        }
    }
}
