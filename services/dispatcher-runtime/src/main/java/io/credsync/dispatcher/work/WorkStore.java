package io.credsync.dispatcher.work;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import javax.sql.DataSource;

import com.fasterxml.jackson.core.type.TypeReference;

import io.credsync.model.command.SyncCommand;
import io.credsync.model.command.TargetAddress;
import io.credsync.model.json.Json;
import io.credsync.vendor.spi.dispatch.Slot;

/**
 * One vendor's durable dispatch state (schema {@code dispatcher_<vendor>}), in plain JDBC: slots (desired vs applied per credential and target) and target
 * work rows claimed with leases. Blocking by design: it runs on the dispatcher's worker threads.
 */
public class WorkStore {

    private static final TypeReference<Map<String, String>> REFS = new TypeReference<>() {
    };

    /** What taking in a command did. */
    public enum Intake {
        /** A newer desired state: stored, target scheduled. */
        ACCEPTED,
        /** Same command again: nothing to do. */
        DUPLICATE,
        /** Older than what the slot already wants: report superseded. */
        SUPERSEDED
    }

    /** A target claimed for work until {@code leaseUntil}. */
    public record ClaimedTarget(String tenant, String targetId, String connectionId, TargetAddress address,
            int attempts) {
    }

    private final DataSource dataSource;
    private final String owner;

    /** A store whose leases are held under a name of this process alone (tests). */
    public WorkStore(DataSource dataSource) {
        this(dataSource, "process-" + UUID.randomUUID());
    }

    /** @param owner the name leases are held under: the replica's stable name where it has one */
    public WorkStore(DataSource dataSource, String owner) {
        this.dataSource = dataSource;
        this.owner = owner;
    }

    /** Takes in one command in one transaction: dedupe, version check, slot upsert, target scheduled now. */
    public Intake intake(SyncCommand command) throws SQLException {
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            try {
                Intake result = intake(c, command);
                c.commit();
                return result;
            } catch (SQLException | RuntimeException e) {
                c.rollback();
                throw e;
            }
        }
    }

    private Intake intake(Connection c, SyncCommand command) throws SQLException {
        try (var seen = c.prepareStatement(
                "INSERT INTO seen_command (command_id) VALUES (?) ON CONFLICT DO NOTHING")) {
            seen.setObject(1, command.commandId());
            if (seen.executeUpdate() == 0) {
                return Intake.DUPLICATE;
            }
        }
        try (var upsert = c.prepareStatement("""
                INSERT INTO slot (tenant, target_id, credential_id, desired_version, desired, command_id)
                VALUES (?, ?, ?, ?, ?, ?)
                ON CONFLICT (tenant, target_id, credential_id) DO UPDATE
                  SET desired_version = EXCLUDED.desired_version, desired = EXCLUDED.desired,
                      command_id = EXCLUDED.command_id, updated_at = now()
                  WHERE slot.desired_version < EXCLUDED.desired_version
                """)) {
            upsert.setString(1, command.tenant());
            upsert.setString(2, command.targetId());
            upsert.setObject(3, command.credentialId());
            upsert.setLong(4, command.version());
            upsert.setString(5, new String(Json.write(command), StandardCharsets.UTF_8));
            upsert.setObject(6, command.commandId());
            if (upsert.executeUpdate() == 0) {
                return Intake.SUPERSEDED;
            }
        }
        try (var work = c.prepareStatement("""
                INSERT INTO target_work (tenant, target_id, connection_id, address, due_at)
                VALUES (?, ?, ?, ?, now())
                ON CONFLICT (tenant, target_id) DO UPDATE
                  SET connection_id = EXCLUDED.connection_id, address = EXCLUDED.address,
                      due_at = LEAST(target_work.due_at, EXCLUDED.due_at)
                """)) {
            work.setString(1, command.tenant());
            work.setString(2, command.targetId());
            work.setString(3, command.target().connectionId());
            work.setString(4, new String(Json.write(command.target()), StandardCharsets.UTF_8));
            work.executeUpdate();
        }
        return Intake.ACCEPTED;
    }

    /**
     * Claims up to {@code limit} due targets for {@code lease}, delayed by {@code gatherWindow} after they became due
     * so that a burst of commands for one target is applied together.
     */
    public List<ClaimedTarget> claimDue(int limit, Duration lease, Duration gatherWindow) throws SQLException {
        var claimed = new ArrayList<ClaimedTarget>();
        try (Connection c = dataSource.getConnection();
                var statement = c.prepareStatement("""
                        UPDATE target_work w SET lease_until = now() + ?::interval, lease_owner = ?,
                               attempts = w.attempts + 1
                        FROM (SELECT tenant, target_id FROM target_work
                              WHERE due_at <= now() - ?::interval AND (lease_until IS NULL OR lease_until < now())
                              ORDER BY due_at LIMIT ? FOR UPDATE SKIP LOCKED) due
                        WHERE w.tenant = due.tenant AND w.target_id = due.target_id
                        RETURNING w.tenant, w.target_id, w.connection_id, w.address, w.attempts
                        """)) {
            statement.setString(1, lease.toMillis() + " milliseconds");
            statement.setString(2, owner);
            statement.setString(3, gatherWindow.toMillis() + " milliseconds");
            statement.setInt(4, limit);
            try (var rows = statement.executeQuery()) {
                while (rows.next()) {
                    claimed.add(new ClaimedTarget(rows.getString(1), rows.getString(2), rows.getString(3),
                            Json.read(rows.getString(4).getBytes(StandardCharsets.UTF_8), TargetAddress.class),
                            rows.getInt(5)));
                }
            }
        }
        return claimed;
    }

    /**
     * Extends this store's leases on targets still being worked on, so that a lease can be short (a dead replica's
     * targets are free again soon) while a slow conversation keeps its target.
     */
    public void renewLeases(List<ClaimedTarget> inFlight, Duration lease) throws SQLException {
        if (inFlight.isEmpty()) {
            return;
        }
        try (Connection c = dataSource.getConnection();
                var statement = c.prepareStatement("""
                        UPDATE target_work w SET lease_until = now() + ?::interval
                        FROM unnest(?::text[], ?::text[]) AS t(tenant, target_id)
                        WHERE w.tenant = t.tenant AND w.target_id = t.target_id AND w.lease_owner = ?
                              AND w.lease_until IS NOT NULL
                        """)) {
            statement.setString(1, lease.toMillis() + " milliseconds");
            statement.setArray(2, c.createArrayOf("text", inFlight.stream().map(ClaimedTarget::tenant).toArray()));
            statement.setArray(3, c.createArrayOf("text", inFlight.stream().map(ClaimedTarget::targetId).toArray()));
            statement.setString(4, owner);
            statement.executeUpdate();
        }
    }

    /**
     * Frees every lease held under this store's name: called at start, when nothing of this process can be in flight,
     * so a replica restarted under its old name resumes its targets at once. Leases keep their attempt counts.
     *
     * @return how many targets were freed
     */
    public int releaseOwnLeases() throws SQLException {
        try (Connection c = dataSource.getConnection();
                var statement = c.prepareStatement("""
                        UPDATE target_work SET lease_until = NULL, lease_owner = NULL
                        WHERE lease_owner = ? AND lease_until IS NOT NULL
                        """)) {
            statement.setString(1, owner);
            return statement.executeUpdate();
        }
    }

    /** Every slot of a target, oldest first. */
    public List<Slot> slots(String tenant, String targetId) throws SQLException {
        var slots = new ArrayList<Slot>();
        try (Connection c = dataSource.getConnection();
                var statement = c.prepareStatement("""
                        SELECT credential_id, desired, applied_version, failed_version, vendor_refs FROM slot
                        WHERE tenant = ? AND target_id = ? ORDER BY updated_at, credential_id
                        """)) {
            statement.setString(1, tenant);
            statement.setString(2, targetId);
            try (var rows = statement.executeQuery()) {
                while (rows.next()) {
                    slots.add(new Slot(rows.getObject(1, UUID.class), Json.read(rows.getString(2).getBytes(
                            StandardCharsets.UTF_8), SyncCommand.class), rows.getObject(3, Long.class),
                            rows.getObject(4, Long.class), Json.mapper().readValue(rows.getString(5), REFS)));
                }
            } catch (java.io.IOException e) {
                throw new SQLException("unreadable vendor refs for target " + targetId, e);
            }
        }
        return slots;
    }

    /**
     * Records what the vendor now holds for each slot (at the version the adapter saw) and finishes the target's work
     * unless newer commands arrived meanwhile (then it stays due).
     */
    public void completed(String tenant, String targetId, List<SlotUpdate> updates) throws SQLException {
        completed(tenant, targetId, updates, null, null);
    }

    /**
     * As {@link #completed(String, String, List)}, but slots still pending are tried again at {@code retryAt} (the
     * conversation stopped on a transient failure after some slots were done) with the attempt count kept.
     */
    public void completed(String tenant, String targetId, List<SlotUpdate> updates, Instant retryAt, String error)
            throws SQLException {
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            try (var update = c.prepareStatement("""
                    UPDATE slot SET applied_version = CASE WHEN ? THEN GREATEST(COALESCE(applied_version, 0), ?)
                                                           ELSE applied_version END,
                                    failed_version = CASE WHEN ? THEN GREATEST(COALESCE(failed_version, 0), ?)
                                                          ELSE failed_version END,
                                    vendor_refs = ?, updated_at = now()
                    WHERE tenant = ? AND target_id = ? AND credential_id = ?
                    """)) {
                for (SlotUpdate slot : updates) {
                    update.setBoolean(1, slot.progress() == SlotUpdate.Progress.APPLIED);
                    update.setLong(2, slot.version());
                    update.setBoolean(3, slot.progress() == SlotUpdate.Progress.FAILED);
                    update.setLong(4, slot.version());
                    update.setString(5, new String(Json.write(slot.vendorRefs()), StandardCharsets.UTF_8));
                    update.setString(6, tenant);
                    update.setString(7, targetId);
                    update.setObject(8, slot.credentialId());
                    update.addBatch();
                }
                update.executeBatch();
            }
            // Lock the work row first: an intake that is scheduling this target commits (slot and work row) before
            // the check below, whose fresh snapshot then sees its slot. A single DELETE … WHERE NOT EXISTS would
            // re-check the locked row after the intake's commit but evaluate the subquery on its old snapshot, and
            // drop the work of a slot that had just become pending.
            lockWork(c, tenant, targetId);
            if (hasPendingSlots(c, tenant, targetId)) {
                if (retryAt == null) {
                    release(c, tenant, targetId, Instant.now(), null, true);
                } else {
                    release(c, tenant, targetId, retryAt, error, false);
                }
            } else if (retryAt != null) {
                // nothing pending, but the adapter asked to look at the target again then (a recheck)
                release(c, tenant, targetId, retryAt, null, true);
            } else {
                try (var finish = c.prepareStatement("DELETE FROM target_work WHERE tenant = ? AND target_id = ?")) {
                    finish.setString(1, tenant);
                    finish.setString(2, targetId);
                    finish.executeUpdate();
                }
            }
            c.commit();
        }
    }

    private static void lockWork(Connection c, String tenant, String targetId) throws SQLException {
        try (var lock = c.prepareStatement(
                "SELECT 1 FROM target_work WHERE tenant = ? AND target_id = ? FOR UPDATE")) {
            lock.setString(1, tenant);
            lock.setString(2, targetId);
            lock.executeQuery().close();
        }
    }

    private static boolean hasPendingSlots(Connection c, String tenant, String targetId) throws SQLException {
        try (var pending = c.prepareStatement("""
                SELECT 1 FROM slot WHERE tenant = ? AND target_id = ?
                  AND COALESCE(applied_version, 0) < desired_version AND COALESCE(failed_version, 0) < desired_version
                LIMIT 1
                """)) {
            pending.setString(1, tenant);
            pending.setString(2, targetId);
            try (var rows = pending.executeQuery()) {
                return rows.next();
            }
        }
    }

    /** Gives the target back to be tried again at {@code dueAt} (retry with backoff), keeping the error. */
    public void retryAt(String tenant, String targetId, Instant dueAt, String error) throws SQLException {
        try (Connection c = dataSource.getConnection()) {
            release(c, tenant, targetId, dueAt, error, false);
        }
    }

    private static void release(Connection c, String tenant, String targetId, Instant dueAt, String error,
            boolean resetAttempts) throws SQLException {
        try (var statement = c.prepareStatement("""
                UPDATE target_work SET lease_until = NULL, due_at = ?, last_error = ?,
                       attempts = CASE WHEN ? THEN 0 ELSE attempts END
                WHERE tenant = ? AND target_id = ?
                """)) {
            statement.setTimestamp(1, Timestamp.from(dueAt));
            statement.setString(2, error);
            statement.setBoolean(3, resetAttempts);
            statement.setString(4, tenant);
            statement.setString(5, targetId);
            statement.executeUpdate();
        }
    }

    /**
     * A slot's new state at the vendor: held at {@code version} (applied), refused for good (failed), or still on its
     * way with what the vendor holds so far (in progress: only the refs change).
     */
    public record SlotUpdate(UUID credentialId, long version, Progress progress, Map<String, String> vendorRefs) {

        public enum Progress {
            APPLIED, FAILED, IN_PROGRESS
        }

        public static SlotUpdate applied(UUID credentialId, long version, Map<String, String> vendorRefs) {
            return new SlotUpdate(credentialId, version, Progress.APPLIED, vendorRefs);
        }

        public static SlotUpdate failed(UUID credentialId, long version, Map<String, String> vendorRefs) {
            return new SlotUpdate(credentialId, version, Progress.FAILED, vendorRefs);
        }
    }
}
