package io.credsync.ingest.seam;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import io.credsync.model.outcome.SeamRefs;
import io.credsync.model.outcome.SyncOutcome;
import io.credsync.model.outcome.SyncPhase;
import io.credsync.support.vendor.OutcomePublisher;

/** Publishes outcomes about a watched Seam credential as event-ingest; returns once Kafka acknowledged. */
@ApplicationScoped
public class SeamOutcomes {

    private final OutcomePublisher publisher;
    private final String source;

    public SeamOutcomes(OutcomePublisher publisher, @ConfigProperty(name = "quarkus.application.name") String source) {
        this.publisher = publisher;
        this.source = source;
    }

    public void publish(SeamWatch watch, SyncPhase phase, String errorCode, String vendorMessage, String requestId)
            throws Exception {
        publisher.publish(List.of(of(watch, phase, errorCode, vendorMessage, requestId)));
    }

    SyncOutcome of(SeamWatch watch, SyncPhase phase, String errorCode, String vendorMessage,
            String requestId) {
        var refs = new HashMap<String, String>();
        refs.put(SeamRefs.ACS_CREDENTIAL_ID, watch.acsCredentialId());
        refs.put(SeamRefs.CONNECTION_ID, watch.connectionId());
        putIfPresent(refs, SeamRefs.ACS_USER_ID, watch.acsUserId());
        putIfPresent(refs, SeamRefs.ACS_SYSTEM_ID, watch.acsSystemId());
        putIfPresent(refs, SeamRefs.REQUEST_ID, requestId);
        return new SyncOutcome(UUID.randomUUID(), watch.commandId(), watch.tenant(), watch.credentialId(),
                watch.targetId(), watch.version(), phase, null, refs, errorCode, vendorMessage, source,
                Instant.now());
    }

    private static void putIfPresent(HashMap<String, String> refs, String key, String value) {
        if (value != null) {
            refs.put(key, value);
        }
    }
}
