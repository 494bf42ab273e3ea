package io.credsync.registry.write;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.credsync.model.command.CommandReason;
import io.credsync.model.credential.ChangeOperation;
import io.credsync.model.credential.Grant;
import io.credsync.model.credential.GrantParameters;
import io.credsync.model.crypto.EnvelopeContext;
import io.credsync.model.crypto.SecretValue;
import io.credsync.model.crypto.ValueCipher;
import io.credsync.model.validation.CredentialSpec;
import io.credsync.model.validation.TargetProfile;
import io.credsync.model.validation.ValidationRules;
import io.credsync.model.validation.Violation;
import io.credsync.registry.credential.ChangeRejectedException;
import io.credsync.registry.credential.ChangeRejectedException.Kind;
import io.credsync.registry.credential.Credential;
import io.credsync.registry.credential.CredentialGrant;
import io.credsync.registry.credential.CredentialMutation;
import io.credsync.registry.credential.CredentialState;
import io.credsync.registry.credential.IdempotencyKeyReusedException;
import io.credsync.registry.credential.MutationResult;
import io.credsync.registry.credential.StaleVersionException;
import io.credsync.registry.holder.Holder;
import io.credsync.registry.schedule.TransitionScheduler;
import io.credsync.registry.targets.Target;
import io.smallrye.mutiny.Uni;

/**
 * Applies one {@link CredentialMutation} inside the caller's transaction: validation against every granted target's
 * vendor, the version bump, grants, commands and status rows through {@link CommandFanOut}, and the window edges.
 * Everything is checked before the first write, so a rejected change leaves nothing behind.
 */
@ApplicationScoped
public class CredentialWriter {

    private final ValueCipher cipher;
    private final HolderDirectory holders;
    private final CommandFanOut fanOut;
    private final TransitionScheduler transitions;
    private final Clock clock = Clock.systemUTC();

    public CredentialWriter(ValueCipher cipher, HolderDirectory holders, CommandFanOut fanOut,
            TransitionScheduler transitions) {
        this.cipher = cipher;
        this.holders = holders;
        this.fanOut = fanOut;
        this.transitions = transitions;
    }

    /** One change in its own unit of work (REST without an Idempotency-Key, emergency revoke). */
    public Uni<MutationResult> apply(CredentialMutation mutation) {
        return apply(mutation, (byte[]) null);
    }

    /**
     * One REST change in its own unit of work. {@code request} is the canonical request its Idempotency-Key stands
     * for: the same key with another request is refused ({@link IdempotencyKeyReusedException}), nothing written.
     */
    public Uni<MutationResult> apply(CredentialMutation mutation, byte[] request) {
        var context = new WriteContext();
        return apply(mutation, request, context).call(context::flush);
    }

    /** One change of a batch sharing {@code context} (and its transaction): the input topic, by event id only. */
    public Uni<MutationResult> apply(CredentialMutation mutation, WriteContext context) {
        return apply(mutation, null, context);
    }

    private Uni<MutationResult> apply(CredentialMutation mutation, byte[] request, WriteContext context) {
        if (mutation.eventId() == null) {
            return applyOnce(mutation, context);
        }
        // bound to tenant and key, so a digest proves nothing about another tenant's or key's request
        var digestContext = new EnvelopeContext(mutation.tenant(), "idempotency-key:" + mutation.eventId());
        return context.processed(mutation.eventId())
                .flatMap(duplicate -> {
                    if (duplicate != null) {
                        String stored = context.requestDigest(mutation.eventId());
                        if (request != null && !stored.isEmpty() && !cipher.matchesDigest(stored, request,
                                digestContext)) {
                            throw new IdempotencyKeyReusedException();
                        }
                        return Uni.createFrom().item(duplicate);
                    }
                    String digest = request == null ? "" : cipher.digest(request, digestContext);
                    return applyOnce(mutation, context).invoke(result -> context.markProcessed(mutation.eventId(),
                            mutation.tenant(), result.credentialId(), result.version(), digest));
                });
    }

    private Uni<MutationResult> applyOnce(CredentialMutation m, WriteContext context) {
        return context.credential(m.tenant(), m.externalCredentialId())
                .invoke(existing -> checkExpectedVersion(existing, m))
                .flatMap(existing -> m.operation() == ChangeOperation.UPSERT
                        ? upsert(existing, m, context)
                        : lifecycle(existing, m, context));
    }

    private Uni<MutationResult> upsert(Credential existing, CredentialMutation m, WriteContext context) {
        if (existing != null && existing.state() == CredentialState.REVOKED) {
            throw ChangeRejectedException.of(Kind.CONFLICT, "state", "credential.revoked",
                    "credential is revoked; issue a new credential instead of re-activating it");
        }
        Instant now = clock.instant();
        return context.grants(existing)
                .flatMap(oldGrants -> {
                    Set<String> affectedIds = new LinkedHashSet<>();
                    m.grants().forEach(g -> affectedIds.add(g.targetId()));
                    affectedIds.addAll(oldGrants.keySet());
                    return context.targets(m.tenant(), affectedIds)
                            .flatMap(found -> context.holder(m.tenant(), m.externalHolderId())
                                    .map(holder -> validate(existing, m, holder, found, oldGrants, now))
                                    .flatMap(value -> holders.upsert(context, m.tenant(), m.externalHolderId(),
                                            m.holder()))
                                    .flatMap(holder -> upsertWith(existing, m, holder, oldGrants, found, now,
                                            context)));
                });
    }

    /** Checks everything before the first write, so a rejected change leaves no row behind. */
    private SecretValue validate(Credential existing, CredentialMutation m, Holder knownHolder,
            Map<String, Target> found, Map<String, CredentialGrant> oldGrants, Instant now) {
        var unknown = m.grants().stream().filter(g -> !found.containsKey(g.targetId())).toList();
        if (!unknown.isEmpty()) {
            throw new ChangeRejectedException(Kind.NOT_FOUND, unknown.stream()
                    .map(g -> new Violation("grants.target_id", g.targetId(), "grant.target.unknown",
                            "no target '" + g.targetId() + "' for this tenant"))
                    .toList());
        }
        var details = m.holder() != null ? m.holder() : knownHolder == null ? null : knownHolder.details();
        var spec = new CredentialSpec(m.kind(), valueOf(existing, m), m.format(), m.validity(), details);
        Map<TargetProfile, GrantParameters> checks = new LinkedHashMap<>();
        m.grants().forEach(g -> checks.put(found.get(g.targetId()).profile(), g.parameters()));
        var violations = new ArrayList<>(ValidationRules.checkAll(spec, checks, now));
        // what a vendor keys its object by may never change on a target the credential is already granted
        m.grants().stream().filter(g -> oldGrants.containsKey(g.targetId())).forEach(g -> violations.addAll(
                ValidationRules.checkRegrant(found.get(g.targetId()).profile(),
                        oldGrants.get(g.targetId()).parametersValue(), g.parameters())));
        if (!violations.isEmpty()) {
            throw new ChangeRejectedException(Kind.INVALID, violations);
        }
        return spec.value();
    }

    private Uni<MutationResult> upsertWith(Credential existing, CredentialMutation m, HolderDirectory.Upserted holder,
            Map<String, CredentialGrant> oldGrants, Map<String, Target> found, Instant now, WriteContext context) {
        Map<String, GrantParameters> newGrants = new LinkedHashMap<>();
        m.grants().forEach(g -> newGrants.put(g.targetId(), g.parameters()));
        Credential credential = existing != null ? existing : newCredential(m, now);
        boolean hadWindow = existing != null && hasWindow(existing);
        boolean changed = existing == null | holder.changed()
                | applyFields(credential, m, valueOf(existing, m), holder.holder())
                | !sameGrants(oldGrants, newGrants);
        if (!changed) {
            return Uni.createFrom().item(new MutationResult(credential.id, credential.version, false, false, 0));
        }
        credential.version = existing == null ? 1 : credential.version + 1;
        credential.updatedAt = now;
        var plan = new CommandFanOut.Plan(credential, holder.holder(), newGrants, found.values(), m.operation(),
                m.reason(), false, now);
        Uni<Void> saved = Uni.createFrom().voidItem();
        if (existing == null) {
            context.credentialCreated(credential);
            saved = credential.persist().replaceWithVoid();
        }
        return saved
                .chain(() -> context.grants(credential))
                .chain(grants -> replaceGrants(credential, grants, newGrants))
                .chain(() -> fanOut.write(plan, context))
                .call(() -> hadWindow || hasWindow(credential)
                        ? transitions.reschedule(credential, now)
                        : Uni.createFrom().voidItem())
                .map(commands -> new MutationResult(credential.id, credential.version, true, false, commands));
    }

    private Uni<MutationResult> lifecycle(Credential existing, CredentialMutation m, WriteContext context) {
        if (existing == null) {
            throw ChangeRejectedException.of(Kind.NOT_FOUND, "external_credential_id", "credential.unknown",
                    "no credential '" + m.externalCredentialId() + "' for this tenant");
        }
        CredentialState next = switch (m.operation()) {
            case SUSPEND -> existing.state() == CredentialState.ACTIVE ? CredentialState.SUSPENDED : existing.state();
            case RESUME -> existing.state() == CredentialState.SUSPENDED ? CredentialState.ACTIVE : existing.state();
            default -> CredentialState.REVOKED;
        };
        if (existing.state() == CredentialState.REVOKED && m.operation() != ChangeOperation.REVOKE) {
            throw ChangeRejectedException.of(Kind.CONFLICT, "state", "credential.revoked",
                    "credential is revoked; it cannot be " + m.operation().name().toLowerCase() + "d");
        }
        boolean force = m.reason() == CommandReason.EMERGENCY_REVOKE;
        if (next == existing.state() && !force) {
            return Uni.createFrom().item(new MutationResult(existing.id, existing.version, false, false, 0));
        }
        Instant now = clock.instant();
        existing.state = next.dbValue();
        existing.version++;
        existing.updatedAt = now;
        return rewrite(existing, m.operation(), m.reason(), force, now, context);
    }

    /** Re-plans every target of a credential after its state or a window edge changed (grants unchanged). */
    public Uni<MutationResult> rewrite(Credential credential, ChangeOperation operation, CommandReason reason,
            boolean force, Instant now, WriteContext context) {
        return context.grants(credential)
                .flatMap(grants -> context.targets(credential.tenant, grants.keySet())
                        .flatMap(found -> context.holderById(credential.holderId)
                                .flatMap(holder -> {
                                    Map<String, GrantParameters> current = new HashMap<>();
                                    grants.forEach((id, row) -> current.put(id, row.parametersValue()));
                                    return fanOut.write(new CommandFanOut.Plan(credential, holder, current,
                                            found.values(), operation, reason, force, now), context);
                                })))
                .call(() -> hasWindow(credential)
                        ? transitions.reschedule(credential, now)
                        : Uni.createFrom().voidItem())
                .map(commands -> new MutationResult(credential.id, credential.version, true, false, commands));
    }

    private static boolean hasWindow(Credential credential) {
        return credential.startsAt != null || credential.endsAt != null;
    }

    private static void checkExpectedVersion(Credential existing, CredentialMutation m) {
        if (m.expectedVersion() == null) {
            return;
        }
        long current = existing == null ? 0 : existing.version;
        if (current != m.expectedVersion()) {
            throw new StaleVersionException(m.expectedVersion(), current);
        }
    }

    /** The mutation's value, or, when it sends none for an unchanged kind, the stored one. */
    private SecretValue valueOf(Credential existing, CredentialMutation m) {
        if (m.value() != null) {
            return m.value();
        }
        if (existing == null || existing.value() == null || existing.kind() != m.kind()) {
            return null;
        }
        return cipher.decrypt(existing.value(), existing.envelopeContext());
    }

    private Credential newCredential(CredentialMutation m, Instant now) {
        var credential = new Credential();
        credential.id = UUID.randomUUID();
        credential.tenant = m.tenant();
        credential.externalId = m.externalCredentialId();
        credential.state = CredentialState.ACTIVE.dbValue();
        credential.createdAt = now;
        return credential;
    }

    /** Copies the mutation's fields in; true when something differs. The value is resealed only when it changed. */
    private boolean applyFields(Credential credential, CredentialMutation m, SecretValue value, Holder holder) {
        boolean changed = !Objects.equals(credential.kind, m.kind().name().toLowerCase())
                || !Objects.equals(credential.format(), m.format())
                || !Objects.equals(credential.validity(), m.validity())
                || !Objects.equals(credential.holderId, holder.id);
        SecretValue current = credential.value() == null
                ? null
                : cipher.decrypt(credential.value(), credential.envelopeContext());
        if (!Objects.equals(current, value)) {
            credential.value(value == null ? null : cipher.encrypt(value, credential.envelopeContext()));
            changed = true;
        }
        credential.kind = m.kind().name().toLowerCase();
        credential.format(m.format());
        credential.startsAt = m.validity().startsAt();
        credential.endsAt = m.validity().endsAt();
        credential.holderId = holder.id;
        return changed;
    }

    private static boolean sameGrants(Map<String, CredentialGrant> old, Map<String, GrantParameters> next) {
        return old.size() == next.size() && old.entrySet().stream()
                .allMatch(e -> Objects.equals(e.getValue().parametersValue(), next.get(e.getKey())));
    }

    /** Edits the live grant map and the rows behind it to match {@code next}. */
    private static Uni<Void> replaceGrants(Credential credential, Map<String, CredentialGrant> live,
            Map<String, GrantParameters> next) {
        List<CredentialGrant> removed = new ArrayList<>();
        List<CredentialGrant> added = new ArrayList<>();
        for (var entry : List.copyOf(live.entrySet())) {
            if (!next.containsKey(entry.getKey())) {
                removed.add(entry.getValue());
                live.remove(entry.getKey());
            }
        }
        next.forEach((targetId, params) -> {
            var fresh = CredentialGrant.of(credential.tenant, credential.id, new Grant(targetId, params));
            var row = live.get(targetId);
            if (row == null) {
                added.add(fresh);
                live.put(targetId, fresh);
            } else {
                row.parameters = fresh.parameters;
            }
        });
        Uni<Void> chain = Uni.createFrom().voidItem();
        for (CredentialGrant row : removed) {
            chain = chain.chain(() -> row.delete());
        }
        return added.isEmpty()
                ? chain
                : chain.chain(() -> io.quarkus.hibernate.reactive.panache.Panache.getSession()
                        .chain(s -> s.persistAll(added.toArray())));
    }
}
