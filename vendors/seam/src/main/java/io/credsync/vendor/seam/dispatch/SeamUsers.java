package io.credsync.vendor.seam.dispatch;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;

import javax.sql.DataSource;

import com.fasterxml.jackson.core.type.TypeReference;

import io.credsync.model.json.Json;

/**
 * Which acs_user stands for which holder on which access system (target), and what the user was last set to:
 * suspension and access groups belong to the user at Seam, not to a credential.
 */
public class SeamUsers {

    private static final TypeReference<TreeSet<String>> GROUPS = new TypeReference<>() {
    };

    /** One holder's acs_user on one target; {@code acsUserId} is null while a create's answer is unknown. */
    public record SeamUser(String acsUserId, Instant creatingSince, String fullName, String emailAddress,
            boolean suspended, Set<String> accessGroupIds, String accessSchedule) {

        public SeamUser {
            accessGroupIds = Set.copyOf(accessGroupIds);
        }

        SeamUser withSuspended(boolean value) {
            return new SeamUser(acsUserId, creatingSince, fullName, emailAddress, value, accessGroupIds,
                    accessSchedule);
        }

        SeamUser withGroups(Set<String> groups) {
            return new SeamUser(acsUserId, creatingSince, fullName, emailAddress, suspended, groups, accessSchedule);
        }

        SeamUser withName(String name, String email) {
            return new SeamUser(acsUserId, creatingSince, name, email, suspended, accessGroupIds, accessSchedule);
        }

        SeamUser withSchedule(String schedule) {
            return new SeamUser(acsUserId, creatingSince, fullName, emailAddress, suspended, accessGroupIds,
                    schedule);
        }
    }

    private final DataSource dataSource;

    public SeamUsers(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    public Optional<SeamUser> find(String tenant, String targetId, UUID holderId) throws SQLException {
        try (Connection c = dataSource.getConnection();
                var statement = c.prepareStatement("""
                        SELECT acs_user_id, creating_since, full_name, email_address, suspended, access_group_ids,
                               access_schedule
                        FROM seam_user WHERE tenant = ? AND target_id = ? AND holder_id = ?
                        """)) {
            statement.setString(1, tenant);
            statement.setString(2, targetId);
            statement.setObject(3, holderId);
            try (ResultSet rows = statement.executeQuery()) {
                return rows.next() ? Optional.of(read(rows)) : Optional.empty();
            }
        }
    }

    /** The acs_user ids this target's holders already own: never adopted for another holder. */
    public Set<String> knownUserIds(String tenant, String targetId) throws SQLException {
        var ids = new HashSet<String>();
        try (Connection c = dataSource.getConnection();
                var statement = c.prepareStatement("""
                        SELECT acs_user_id FROM seam_user
                        WHERE tenant = ? AND target_id = ? AND acs_user_id IS NOT NULL
                        """)) {
            statement.setString(1, tenant);
            statement.setString(2, targetId);
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    ids.add(rows.getString(1));
                }
            }
        }
        return ids;
    }

    /** Written before and after every call that changes the user, so a crash in between is noticed next time. */
    public void save(String tenant, String targetId, UUID holderId, SeamUser user) throws SQLException {
        try (Connection c = dataSource.getConnection();
                var statement = c.prepareStatement("""
                        INSERT INTO seam_user (tenant, target_id, holder_id, acs_user_id, creating_since, full_name,
                                               email_address, suspended, access_group_ids, access_schedule)
                        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                        ON CONFLICT (tenant, target_id, holder_id) DO UPDATE
                          SET acs_user_id = EXCLUDED.acs_user_id, creating_since = EXCLUDED.creating_since,
                              full_name = EXCLUDED.full_name, email_address = EXCLUDED.email_address,
                              suspended = EXCLUDED.suspended, access_group_ids = EXCLUDED.access_group_ids,
                              access_schedule = EXCLUDED.access_schedule,
                              updated_at = now()
                        """)) {
            statement.setString(1, tenant);
            statement.setString(2, targetId);
            statement.setObject(3, holderId);
            statement.setString(4, user.acsUserId());
            statement.setTimestamp(5, user.creatingSince() == null ? null : Timestamp.from(user.creatingSince()));
            statement.setString(6, user.fullName());
            statement.setString(7, user.emailAddress());
            statement.setBoolean(8, user.suspended());
            statement.setString(9, new String(Json.write(new TreeSet<>(user.accessGroupIds())),
                    StandardCharsets.UTF_8));
            statement.setString(10, user.accessSchedule());
            statement.executeUpdate();
        }
    }

    private static SeamUser read(ResultSet rows) throws SQLException {
        Timestamp creating = rows.getTimestamp(2);
        try {
            return new SeamUser(rows.getString(1), creating == null ? null : creating.toInstant(),
                    rows.getString(3), rows.getString(4), rows.getBoolean(5),
                    Json.mapper().readValue(rows.getString(6), GROUPS), rows.getString(7));
        } catch (java.io.IOException e) {
            throw new SQLException("unreadable access groups", e);
        }
    }
}
