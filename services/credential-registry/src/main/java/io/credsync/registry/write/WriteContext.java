package io.credsync.registry.write;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import io.credsync.registry.credential.Credential;
import io.credsync.registry.credential.CredentialGrant;
import io.credsync.registry.credential.CredentialMutation;
import io.credsync.registry.credential.MutationResult;
import io.credsync.registry.credential.ProcessedChange;
import io.credsync.registry.holder.Holder;
import io.credsync.registry.outbox.MultiRowInsert;
import io.credsync.registry.outbox.OutboxMessage;
import io.credsync.registry.status.SyncStatus;
import io.credsync.registry.targets.Target;
import io.smallrye.mutiny.Uni;

/**
 * The rows one transaction reads and writes, by the keys the writer looks them up with. A single REST change loads
 * them one query at a time on first use; a batch from the input topic {@link #preload preloads} them with one query
 * per table for the whole batch. Rows created in the transaction are registered, so a later change in the same batch
 * sees them.
 */
public final class WriteContext {

    private final Map<String, Credential> credentials = new HashMap<>();
    private final Set<String> missingCredentials = new HashSet<>();
    private final Map<String, Holder> holders = new HashMap<>();
    private final Set<String> missingHolders = new HashSet<>();
    private final Map<UUID, Holder> holdersById = new HashMap<>();
    private final Map<String, Target> targets = new HashMap<>();
    private final Set<String> missingTargets = new HashSet<>();
    private final Map<UUID, Map<String, CredentialGrant>> grants = new HashMap<>();
    private final Map<UUID, List<SyncStatus>> statuses = new HashMap<>();
    private final Map<UUID, MutationResult> processed = new HashMap<>();
    private final Map<UUID, String> requestDigests = new HashMap<>();
    private final Set<UUID> checkedEvents = new HashSet<>();
    private final List<OutboxMessage> outbox = new ArrayList<>();
    private final List<Object[]> processedRows = new ArrayList<>();

    /** Queues outbox rows; {@link #flush()} writes them before the transaction commits. */
    public void outbox(Collection<OutboxMessage> messages) {
        outbox.addAll(messages);
    }

    /** Writes what was queued; call once, last, inside the transaction. */
    public Uni<Void> flush() {
        var messages = List.copyOf(outbox);
        var processedIds = List.copyOf(processedRows);
        outbox.clear();
        processedRows.clear();
        return MultiRowInsert.outbox(messages)
                .chain(() -> MultiRowInsert.insert("processed_change",
                        List.of("event_id", "tenant", "credential_id", "version", "request_digest"), processedIds));
    }

    private static String key(String tenant, String id) {
        return tenant + '\u0000' + id;
    }

    /** Loads, with one query per table, everything the given changes will look up. */
    public Uni<Void> preload(Collection<CredentialMutation> batch) {
        List<UUID> eventIds = batch.stream().map(CredentialMutation::eventId).filter(Objects::nonNull).toList();
        Map<String, List<CredentialMutation>> byTenant = batch.stream()
                .collect(Collectors.groupingBy(CredentialMutation::tenant, LinkedHashMap::new, Collectors.toList()));
        Uni<Void> chain = eventIds.isEmpty()
                ? Uni.createFrom().voidItem()
                : ProcessedChange.<ProcessedChange>list("eventId in ?1", eventIds)
                        .invoke(rows -> {
                            checkedEvents.addAll(eventIds);
                            rows.forEach(this::processedLoaded);
                        })
                        .replaceWithVoid();
        for (var entry : byTenant.entrySet()) {
            chain = chain.chain(() -> preloadTenant(entry.getKey(), entry.getValue()));
        }
        return chain;
    }

    private Uni<Void> preloadTenant(String tenant, List<CredentialMutation> changes) {
        Set<String> credentialIds = changes.stream().map(CredentialMutation::externalCredentialId)
                .collect(Collectors.toSet());
        Set<String> holderIds = changes.stream().map(CredentialMutation::externalHolderId).filter(Objects::nonNull)
                .collect(Collectors.toSet());
        return Credential.<Credential>list("tenant = ?1 and externalId in ?2", tenant, credentialIds)
                .flatMap(found -> {
                    credentialIds.forEach(id -> missingCredentials.add(key(tenant, id)));
                    found.forEach(this::credentialLoaded);
                    List<UUID> existing = found.stream().map(c -> c.id).toList();
                    List<UUID> holderRefs = found.stream().map(c -> c.holderId).distinct().toList();
                    return loadGrantsAndStatuses(existing)
                            .chain(() -> loadHolders(tenant, holderIds, holderRefs))
                            .chain(() -> loadTargets(tenant, changes, existing));
                });
    }

    private Uni<Void> loadGrantsAndStatuses(List<UUID> credentialIds) {
        if (credentialIds.isEmpty()) {
            return Uni.createFrom().voidItem();
        }
        credentialIds.forEach(id -> {
            grants.put(id, new LinkedHashMap<>());
            statuses.put(id, new ArrayList<>());
        });
        return CredentialGrant.<CredentialGrant>list("credentialId in ?1", credentialIds)
                .invoke(rows -> rows.forEach(g -> grants.get(g.credentialId).put(g.targetId, g)))
                .chain(() -> SyncStatus.lockedFor(credentialIds))
                .invoke(rows -> rows.forEach(s -> statuses.get(s.credentialId).add(s)))
                .replaceWithVoid();
    }

    private Uni<Void> loadHolders(String tenant, Set<String> externalIds, List<UUID> ids) {
        Uni<Void> byExternal = externalIds.isEmpty()
                ? Uni.createFrom().voidItem()
                : Holder.<Holder>list("tenant = ?1 and externalId in ?2", tenant, externalIds)
                        .invoke(rows -> {
                            externalIds.forEach(id -> missingHolders.add(key(tenant, id)));
                            rows.forEach(this::holderLoaded);
                        })
                        .replaceWithVoid();
        List<UUID> unknownIds = ids.stream().filter(id -> !holdersById.containsKey(id)).toList();
        return byExternal.chain(() -> unknownIds.isEmpty()
                ? Uni.createFrom().voidItem()
                : Holder.<Holder>list("id in ?1", unknownIds).invoke(rows -> rows.forEach(this::holderLoaded))
                        .replaceWithVoid());
    }

    private Uni<Void> loadTargets(String tenant, List<CredentialMutation> changes, List<UUID> existing) {
        Set<String> ids = new HashSet<>();
        changes.forEach(m -> m.grants().forEach(g -> ids.add(g.targetId())));
        existing.forEach(id -> ids.addAll(grants.get(id).keySet()));
        ids.removeIf(id -> targets.containsKey(key(tenant, id)));
        if (ids.isEmpty()) {
            return Uni.createFrom().voidItem();
        }
        return Target.<Target>list("tenant = ?1 and id in ?2", tenant, ids)
                .invoke(rows -> {
                    ids.forEach(id -> missingTargets.add(key(tenant, id)));
                    rows.forEach(t -> {
                        targets.put(key(tenant, t.id), t);
                        missingTargets.remove(key(tenant, t.id));
                    });
                })
                .replaceWithVoid();
    }

    /** What an already applied event produced (as a duplicate), or null when it is new. */
    public Uni<MutationResult> processed(UUID eventId) {
        if (processed.containsKey(eventId) || checkedEvents.contains(eventId)) {
            return Uni.createFrom().item(processed.get(eventId));
        }
        return ProcessedChange.<ProcessedChange>findById(eventId).map(row -> {
            checkedEvents.add(eventId);
            if (row == null) {
                return null;
            }
            processedLoaded(row);
            return duplicateOf(row);
        });
    }

    /** The keyed digest of the request an applied event id stood for; empty when unknown (the input topic). */
    public String requestDigest(UUID eventId) {
        return requestDigests.getOrDefault(eventId, "");
    }

    private void processedLoaded(ProcessedChange row) {
        processed.put(row.eventId, duplicateOf(row));
        requestDigests.put(row.eventId, row.requestDigest == null ? "" : row.requestDigest);
    }

    private static MutationResult duplicateOf(ProcessedChange row) {
        return new MutationResult(row.credentialId, row.version, false, true, 0);
    }

    /** Remembers an applied event id (written by {@link #flush()}), with what it produced. */
    void markProcessed(UUID eventId, String tenant, UUID credentialId, long version, String requestDigest) {
        processed.put(eventId, new MutationResult(credentialId, version, false, true, 0));
        requestDigests.put(eventId, requestDigest);
        processedRows.add(new Object[]{eventId, tenant, credentialId, version, requestDigest});
    }

    public Uni<Credential> credential(String tenant, String externalId) {
        String key = key(tenant, externalId);
        if (credentials.containsKey(key) || missingCredentials.contains(key)) {
            return Uni.createFrom().item(credentials.get(key));
        }
        return Credential.<Credential>find("tenant = ?1 and externalId = ?2", tenant, externalId).firstResult()
                .invoke(found -> {
                    if (found == null) {
                        missingCredentials.add(key);
                    } else {
                        credentialLoaded(found);
                    }
                });
    }

    void credentialCreated(Credential credential) {
        credentialLoaded(credential);
        grants.put(credential.id, new LinkedHashMap<>());
        statuses.put(credential.id, new ArrayList<>());
    }

    private void credentialLoaded(Credential credential) {
        credentials.put(key(credential.tenant, credential.externalId), credential);
        missingCredentials.remove(key(credential.tenant, credential.externalId));
    }

    /** The credential's grants by target id: a live map the writer edits. */
    public Uni<Map<String, CredentialGrant>> grants(Credential credential) {
        if (credential == null) {
            return Uni.createFrom().item(new LinkedHashMap<>());
        }
        var known = grants.get(credential.id);
        if (known != null) {
            return Uni.createFrom().item(known);
        }
        return CredentialGrant.<CredentialGrant>list("credentialId", credential.id)
                .map(rows -> {
                    Map<String, CredentialGrant> byTarget = new LinkedHashMap<>();
                    rows.forEach(row -> byTarget.put(row.targetId, row));
                    grants.put(credential.id, byTarget);
                    return byTarget;
                });
    }

    /** The credential's status rows: a live list the fan-out adds to. */
    public Uni<List<SyncStatus>> statuses(UUID credentialId) {
        var known = statuses.get(credentialId);
        if (known != null) {
            return Uni.createFrom().item(known);
        }
        return SyncStatus.lockedFor(List.of(credentialId))
                .map(rows -> {
                    var live = new ArrayList<>(rows);
                    statuses.put(credentialId, live);
                    return live;
                });
    }

    public Uni<Holder> holder(String tenant, String externalId) {
        String key = key(tenant, externalId);
        if (holders.containsKey(key) || missingHolders.contains(key)) {
            return Uni.createFrom().item(holders.get(key));
        }
        return Holder.<Holder>find("tenant = ?1 and externalId = ?2", tenant, externalId).firstResult()
                .invoke(found -> {
                    if (found == null) {
                        missingHolders.add(key);
                    } else {
                        holderLoaded(found);
                    }
                });
    }

    public Uni<Holder> holderById(UUID id) {
        var known = holdersById.get(id);
        return known != null
                ? Uni.createFrom().item(known)
                : Holder.<Holder>findById(id).invoke(found -> {
                    if (found != null) {
                        holderLoaded(found);
                    }
                });
    }

    public void holderLoaded(Holder holder) {
        holders.put(key(holder.tenant, holder.externalId), holder);
        holdersById.put(holder.id, holder);
        missingHolders.remove(key(holder.tenant, holder.externalId));
    }

    /** The tenant's targets among {@code ids}; unknown ids are simply absent from the map. */
    public Uni<Map<String, Target>> targets(String tenant, Collection<String> ids) {
        List<String> unknown = ids.stream()
                .filter(id -> !targets.containsKey(key(tenant, id)) && !missingTargets.contains(key(tenant, id)))
                .toList();
        Uni<Void> load = unknown.isEmpty()
                ? Uni.createFrom().voidItem()
                : Target.<Target>list("tenant = ?1 and id in ?2", tenant, unknown)
                        .invoke(rows -> {
                            unknown.forEach(id -> missingTargets.add(key(tenant, id)));
                            rows.forEach(t -> {
                                targets.put(key(tenant, t.id), t);
                                missingTargets.remove(key(tenant, t.id));
                            });
                        })
                        .replaceWithVoid();
        return load.map(ignored -> {
            Map<String, Target> byId = new LinkedHashMap<>();
            ids.forEach(id -> {
                var target = targets.get(key(tenant, id));
                if (target != null) {
                    byId.put(id, target);
                }
            });
            return byId;
        });
    }
}
