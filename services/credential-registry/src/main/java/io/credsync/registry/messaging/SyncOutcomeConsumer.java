package io.credsync.registry.messaging;

import java.time.Duration;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.eclipse.microprofile.reactive.messaging.Message;
import org.jboss.logging.Logger;

import io.credsync.model.json.ContractParseException;
import io.credsync.model.json.Json;
import io.credsync.model.outcome.SyncOutcome;
import io.credsync.registry.status.StatusFolder;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;

/** Folds {@code credsync.sync-outcomes.v1} into sync status; unparseable outcomes go to the dead-letter topic. */
@ApplicationScoped
public class SyncOutcomeConsumer {

    private static final Logger LOG = Logger.getLogger(SyncOutcomeConsumer.class);

    private final StatusFolder folder;

    public SyncOutcomeConsumer(StatusFolder folder) {
        this.folder = folder;
    }

    @Incoming(Channels.SYNC_OUTCOMES)
    public Uni<Void> consume(Message<byte[]> message) {
        SyncOutcome outcome;
        try {
            outcome = Json.read(message.getPayload(), SyncOutcome.class);
            requireIdentity(outcome);
        } catch (ContractParseException | IllegalArgumentException e) {
            LOG.warnf("dead-lettering sync outcome: %s", e.getMessage());
            return Uni.createFrom().completionStage(message.nack(e));
        }
        return Panache.withTransaction(() -> folder.fold(outcome))
                .onFailure().invoke(e -> LOG.warnf("outcome %s not folded yet, retrying: %s", outcome.eventId(),
                        e.toString()))
                .onFailure().retry().withBackOff(Duration.ofMillis(100), Duration.ofSeconds(10)).indefinitely()
                .flatMap(changed -> Uni.createFrom().completionStage(message.ack()));
    }

    private static void requireIdentity(SyncOutcome outcome) {
        if (outcome.eventId() == null || outcome.credentialId() == null || outcome.targetId() == null
                || outcome.phase() == null || outcome.tenant() == null) {
            throw new IllegalArgumentException(
                    "sync outcome needs event_id, tenant, credential_id, target_id and phase");
        }
    }
}
