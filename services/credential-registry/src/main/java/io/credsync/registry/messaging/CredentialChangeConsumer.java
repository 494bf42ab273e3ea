package io.credsync.registry.messaging;

import java.time.Duration;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.eclipse.microprofile.reactive.messaging.Message;
import org.jboss.logging.Logger;

import io.credsync.model.credential.CredentialChange;
import io.credsync.model.json.ContractParseException;
import io.credsync.model.json.Json;
import io.credsync.registry.credential.ChangeRejectedException;
import io.credsync.registry.credential.CredentialWriter;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;

/**
 * Applies changes from {@code credsync.credential-changes.v1} one at a time (per-credential order comes from the
 * partition key). A change that can never succeed is nacked and lands on the dead-letter topic with the reason; a
 * database failure is retried, so a valid change is never dead-lettered for an outage.
 */
@ApplicationScoped
public class CredentialChangeConsumer {

    private static final Logger LOG = Logger.getLogger(CredentialChangeConsumer.class);

    private final ChangeMapper mapper;
    private final CredentialWriter writer;

    public CredentialChangeConsumer(ChangeMapper mapper, CredentialWriter writer) {
        this.mapper = mapper;
        this.writer = writer;
    }

    @Incoming(Channels.CREDENTIAL_CHANGES)
    public Uni<Void> consume(Message<byte[]> message) {
        CredentialChange change;
        try {
            change = Json.read(message.getPayload(), CredentialChange.class);
        } catch (ContractParseException e) {
            return reject(message, e);
        }
        return Uni.createFrom().item(change)
                .map(mapper::toMutation)
                .flatMap(mutation -> Panache.withTransaction(() -> writer.apply(mutation))
                        .onFailure(CredentialChangeConsumer::isTransient)
                        .invoke(e -> LOG.warnf("credential change %s not applied yet, retrying: %s",
                                mutation.eventId(), e.toString()))
                        .onFailure(CredentialChangeConsumer::isTransient)
                        .retry().withBackOff(Duration.ofMillis(100), Duration.ofSeconds(10)).indefinitely())
                .flatMap(result -> Uni.createFrom().completionStage(message.ack()))
                .onFailure(ChangeRejectedException.class).recoverWithUni(e -> reject(message, e));
    }

    private static Uni<Void> reject(Message<byte[]> message, Throwable reason) {
        LOG.warnf("dead-lettering credential change: %s", reason.getMessage());
        return Uni.createFrom().completionStage(message.nack(reason));
    }

    /** Anything but a rejection is infrastructure (database, session) and worth retrying. */
    static boolean isTransient(Throwable failure) {
        return !(failure instanceof ChangeRejectedException);
    }
}
