package io.credsync.bench.run;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentSkipListMap;

import org.apache.kafka.clients.consumer.ConsumerRecord;

import io.credsync.bench.CommandCollector;
import io.credsync.model.Topics;
import io.credsync.model.Vendor;
import io.credsync.model.command.SyncCommand;
import io.credsync.model.json.Json;
import io.credsync.model.outcome.SyncOutcome;
import io.credsync.model.outcome.SyncPhase;
import io.credsync.model.status.SyncState;
import io.credsync.model.status.SyncStatusChanged;

/**
 * Follows a run's changes through credsync's public topics only: commands (to learn the registry's credential ids
 * from the holder ids the run chose), outcomes and the status topic. A change is done on a target when the status
 * topic says {@code synced} at its version or later; done when done on every target. Stage times come from the
 * records' own timestamps (one machine, one clock).
 */
public final class RunTracker implements AutoCloseable {

    private record Key(String credential, String targetId, long version) {
    }

    private final Map<String, String> credentialOfHolder;
    private final Map<UUID, String> credentialOfId = new ConcurrentHashMap<>();
    private final Map<String, Long> syncedVersion = new ConcurrentHashMap<>();
    /** Per credential|target: version → when the status topic first said synced at it (ms). */
    private final Map<String, NavigableMap<Long, Long>> syncedAt = new ConcurrentHashMap<>();
    /** Outcomes and statuses read before the command that names their credential: replayed once it is. */
    private final Map<UUID, List<Runnable>> early = new HashMap<>();
    private final Map<Key, StageTimes> stages = new ConcurrentHashMap<>();
    private final Map<String, Long> commandsPublished = new ConcurrentHashMap<>();
    private final List<CommandCollector> collectors;

    public RunTracker(String bootstrap, List<BenchChange> changes) {
        credentialOfHolder = new ConcurrentHashMap<>();
        changes.forEach(c -> credentialOfHolder.put(c.holderId(), c.credentialId()));
        var commandTopics = List.of(Topics.commands(Vendor.JETSTREAM), Topics.commands(Vendor.SEAM));
        collectors = List.of(
                new CommandCollector(bootstrap, commandTopics, (record, now) -> readable(record, this::onCommand)),
                new CommandCollector(bootstrap, List.of(Topics.SYNC_OUTCOMES), (record, now) -> readable(record,
                        this::onOutcome)),
                new CommandCollector(bootstrap, List.of(Topics.SYNC_STATUS), (record, now) -> readable(record,
                        this::onStatus)));
    }

    /** A poison record (the fault runs send some) is credsync's business, not the tracker's: skip it. */
    private static void readable(ConsumerRecord<String, byte[]> record,
            java.util.function.Consumer<ConsumerRecord<String, byte[]>> handler) {
        try {
            handler.accept(record);
        } catch (RuntimeException e) {
            // not a record of the contract: nothing to track
        }
    }

    private void onCommand(ConsumerRecord<String, byte[]> record) {
        var command = Json.read(record.value(), SyncCommand.class);
        String credential = credentialOfHolder.get(command.desired().holder().externalHolderId());
        if (credential == null) {
            return; // another run's
        }
        List<Runnable> replay;
        synchronized (early) {
            credentialOfId.put(command.credentialId(), credential);
            replay = early.remove(command.credentialId());
        }
        if (replay != null) {
            replay.forEach(Runnable::run);
        }
        commandsPublished.merge(credential, 1L, Long::sum);
        var times = times(credential, command.targetId(), command.version());
        times.commandPublished = StageTimes.first(times.commandPublished, record.timestamp());
    }

    private void onOutcome(ConsumerRecord<String, byte[]> record) {
        var outcome = Json.read(record.value(), SyncOutcome.class);
        String credential = resolve(outcome.credentialId(), () -> onOutcome(record));
        if (credential == null) {
            return;
        }
        var times = times(credential, outcome.targetId(), outcome.version());
        if (outcome.source() != null && outcome.source().startsWith("dispatcher-")
                && outcome.phase() != SyncPhase.SUPERSEDED) {
            times.vendorAnswered = StageTimes.first(times.vendorAnswered, record.timestamp());
        }
        if (outcome.phase() == SyncPhase.APPLIED) {
            times.finalOutcome = StageTimes.first(times.finalOutcome, record.timestamp());
        }
    }

    private void onStatus(ConsumerRecord<String, byte[]> record) {
        long now = System.currentTimeMillis();
        onStatus(record, now);
    }

    private void onStatus(ConsumerRecord<String, byte[]> record, long now) {
        var status = Json.read(record.value(), SyncStatusChanged.class);
        String credential = resolve(status.credentialId(), () -> onStatus(record, now));
        if (credential == null) {
            return;
        }
        var accepted = times(credential, status.targetId(), status.desiredVersion());
        accepted.accepted = StageTimes.first(accepted.accepted, record.timestamp());
        if (status.state() == SyncState.SYNCED && status.observedVersion() != null) {
            long version = status.observedVersion();
            syncedVersion.merge(credential + "|" + status.targetId(), version, Math::max);
            var times = times(credential, status.targetId(), version);
            times.synced = StageTimes.first(times.synced, now);
            syncedAt.computeIfAbsent(credential + "|" + status.targetId(), k -> new ConcurrentSkipListMap<>())
                    .merge(version, now, Math::min);
        }
    }

    /** The run's credential for a registry id; null when unknown yet (then {@code later} runs once it is known). */
    private String resolve(UUID credentialId, Runnable later) {
        synchronized (early) {
            String credential = credentialOfId.get(credentialId);
            if (credential == null) {
                early.computeIfAbsent(credentialId, id -> new ArrayList<>()).add(later);
            }
            return credential;
        }
    }

    private StageTimes times(String credential, String targetId, long version) {
        return stages.computeIfAbsent(new Key(credential, targetId, version), k -> new StageTimes());
    }

    /** Synced on every target at its version or later. */
    public boolean isDone(BenchChange change) {
        for (var target : change.targets()) {
            Long version = syncedVersion.get(change.credentialId() + "|" + target.targetId());
            if (version == null || version < change.version()) {
                return false;
            }
        }
        return true;
    }

    /**
     * When the change was seen synced everywhere (ms), or 0. A later version's synced status also proves this one
     * reached the target (a status never moves backwards), so the earliest synced time at or after it counts.
     */
    public long doneAt(BenchChange change) {
        long done = 0;
        for (var target : change.targets()) {
            var byVersion = syncedAt.get(change.credentialId() + "|" + target.targetId());
            var after = byVersion == null ? null : byVersion.tailMap(change.version(), true);
            if (after == null || after.isEmpty()) {
                return 0;
            }
            done = Math.max(done, after.values().stream().mapToLong(Long::longValue).min().orElseThrow());
        }
        return done;
    }

    /** What the tracker knows of a change that is not done: for diagnosing a run that does not finish. */
    public String describe(BenchChange change) {
        var known = new StringBuilder(change.kind() + " " + change.credentialId() + " v" + change.version() + ":");
        for (var target : change.targets()) {
            known.append(" ").append(target.targetId()).append(" synced v").append(syncedVersion.get(change
                    .credentialId() + "|" + target.targetId()));
        }
        known.append(credentialOfId.containsValue(change.credentialId()) ? "" : " (no command seen)");
        return known.toString();
    }

    public StageTimes stages(BenchChange change, BenchChange.Target target) {
        return stages.getOrDefault(new Key(change.credentialId(), target.targetId(), change.version()),
                new StageTimes());
    }

    public long commandsPublished() {
        return commandsPublished.values().stream().mapToLong(Long::longValue).sum();
    }

    @Override
    public void close() throws InterruptedException {
        for (var collector : collectors) {
            collector.close();
        }
    }
}
