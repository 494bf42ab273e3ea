package io.credsync.registry.write;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;

import io.credsync.model.Topics;
import io.credsync.model.command.CommandPriority;
import io.credsync.model.command.CommandReason;
import io.credsync.model.command.DesiredState;
import io.credsync.model.command.Presence;
import io.credsync.model.command.SyncCommand;
import io.credsync.model.credential.ChangeOperation;
import io.credsync.model.credential.GrantParameters;
import io.credsync.model.json.Json;
import io.credsync.model.status.SyncState;
import io.credsync.registry.credential.Credential;
import io.credsync.registry.holder.Holder;
import io.credsync.registry.outbox.OutboxMessage;
import io.credsync.registry.status.StatusEvents;
import io.credsync.registry.status.StatusTransitions;
import io.credsync.registry.status.SyncStatus;
import io.credsync.registry.targets.Target;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;

/**
 * Writes, inside the caller's transaction, one command per affected target whose desired state changed, its status
 * row, and the outbox messages announcing both. Runs after the credential row holds its new version.
 */
@ApplicationScoped
public class CommandFanOut {

    /** What changed and why; {@code grants} are the credential's current grants (removed ones are absent). */
    public record Plan(Credential credential, Holder holder, Map<String, GrantParameters> grants,
            Collection<Target> affectedTargets, ChangeOperation operation, CommandReason reasonOverride,
            boolean force, Instant now) {
    }

    public Uni<Integer> write(Plan plan, WriteContext context) {
        return context.statuses(plan.credential().id)
                .flatMap(rows -> persist(plan, rows, context));
    }

    /** @param allRows the credential's live status rows; new rows are added to it */
    private Uni<Integer> persist(Plan plan, List<SyncStatus> allRows, WriteContext context) {
        Map<String, SyncStatus> byTarget = allRows.stream()
                .collect(Collectors.toMap(r -> r.targetId, Function.identity()));
        var changed = new ArrayList<SyncStatus>();
        var toPersist = new ArrayList<Object>();
        var outbox = new ArrayList<OutboxMessage>();
        for (Target target : plan.affectedTargets()) {
            var grant = plan.grants().get(target.id);
            DesiredState desired = DesiredStates.of(plan.credential(), plan.holder().ref(), grant, target, plan.now());
            String fingerprint = DesiredStates.fingerprint(desired, target);
            SyncStatus status = byTarget.get(target.id);
            if (status == null && desired.presence() == Presence.ABSENT && !plan.force()) {
                continue; // never held here: nothing to take away
            }
            if (status != null && fingerprint.equals(status.desiredFingerprint) && !plan.force()) {
                continue;
            }
            var reason = reason(plan, grant, status == null);
            var command = new SyncCommand(UUID.randomUUID(), plan.credential().tenant, plan.credential().id, target.id,
                    target.vendor(), target.address(), plan.credential().version, desired, priority(desired, reason),
                    reason, plan.now());
            if (status == null) {
                status = newStatus(plan.credential(), target);
                allRows.add(status);
                toPersist.add(status);
            }
            markPending(status, command, fingerprint, plan.now());
            changed.add(status);
            outbox.add(OutboxMessage.of(Topics.commands(target.vendor()), command.partitionKey(),
                    Json.write(command), command.priority() == CommandPriority.URGENT
                            ? OutboxMessage.URGENT
                            : OutboxMessage.NORMAL));
        }
        outbox.addAll(StatusEvents.messages(changed, allRows));
        context.outbox(outbox);
        if (toPersist.isEmpty()) {
            return Uni.createFrom().item(changed.size());
        }
        return Panache.getSession()
                .chain(session -> session.persistAll(toPersist.toArray()))
                .replaceWith(changed.size());
    }

    private static CommandReason reason(Plan plan, GrantParameters grant, boolean newTarget) {
        if (plan.reasonOverride() != null) {
            return plan.reasonOverride();
        }
        return switch (plan.operation()) {
            case UPSERT -> grant == null
                    ? CommandReason.GRANT_REMOVED
                    : newTarget ? CommandReason.GRANT : CommandReason.UPDATE;
            case SUSPEND -> CommandReason.SUSPEND;
            case RESUME -> CommandReason.RESUME;
            case REVOKE -> CommandReason.REVOKE;
        };
    }

    /** Taking access away overtakes grants. */
    private static CommandPriority priority(DesiredState desired, CommandReason reason) {
        return desired.presence() != Presence.PRESENT || reason == CommandReason.EXPIRY
                ? CommandPriority.URGENT
                : CommandPriority.NORMAL;
    }

    private static SyncStatus newStatus(Credential credential, Target target) {
        var status = new SyncStatus();
        status.credentialId = credential.id;
        status.targetId = target.id;
        status.tenant = credential.tenant;
        status.vendorRefs = "{}";
        return status;
    }

    private static void markPending(SyncStatus status, SyncCommand command, String fingerprint, Instant now) {
        boolean wasWaiting = status.state != null && !SyncState.SYNCED.name().equalsIgnoreCase(status.state)
                && status.pendingSince != null;
        status.desiredVersion = command.version();
        status.desiredPresence = command.desired().presence().name().toLowerCase();
        status.state = SyncState.PENDING.name().toLowerCase();
        status.lastCommandId = command.commandId();
        status.desiredFingerprint = fingerprint;
        status.changedAt = now;
        status.pendingSince = wasWaiting ? status.pendingSince : now;
        StatusTransitions.startVersion(status);
    }
}
