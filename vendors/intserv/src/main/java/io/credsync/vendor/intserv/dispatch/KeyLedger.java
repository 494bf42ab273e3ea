package io.credsync.vendor.intserv.dispatch;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import java.util.UUID;

import javax.sql.DataSource;

import com.fasterxml.jackson.core.type.TypeReference;

import io.credsync.model.json.Json;
import io.credsync.vendor.spi.VendorFailure;

/**
 * What the dispatcher knows of one IntServ account (connection), in {@code dispatcher_intserv}: each holder's person,
 * each credential's access key (with a keyed digest of its spec), and the access levels each target grants it. Plain
 * JDBC on the adapter's worker thread.
 */
public class KeyLedger {

    private static final TypeReference<List<String>> IDS = new TypeReference<>() {
    };

    /** A credential's key on one account. */
    record HeldKey(String keyId, String specDigest) {
    }

    /** Which account and credential a row is about. */
    record Scope(String tenant, String connectionId, UUID credentialId) {
    }

    /** Work done while holding a holder's lock. */
    @FunctionalInterface
    interface HolderWork<T> {
        T run() throws VendorFailure, SQLException;
    }

    private final DataSource dataSource;

    public KeyLedger(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    Optional<String> person(String tenant, String connectionId, UUID holderId) throws SQLException {
        try (Connection c = dataSource.getConnection();
                var statement = c.prepareStatement("""
                        SELECT person_id FROM intserv_person WHERE tenant = ? AND connection_id = ? AND holder_id = ?
                        """)) {
            statement.setString(1, tenant);
            statement.setString(2, connectionId);
            statement.setObject(3, holderId);
            try (var rows = statement.executeQuery()) {
                return rows.next() ? Optional.of(rows.getString(1)) : Optional.empty();
            }
        }
    }

    /** The first person IntServ answered for the holder stays theirs. */
    void rememberPerson(String tenant, String connectionId, UUID holderId, String personId) throws SQLException {
        update("""
                INSERT INTO intserv_person (tenant, connection_id, holder_id, person_id) VALUES (?, ?, ?, ?)
                ON CONFLICT DO NOTHING
                """, tenant, connectionId, holderId, personId);
    }

    /**
     * Runs {@code work} holding the holder's lock on this account (a PostgreSQL advisory lock, released after): the
     * holder's first keys, written at once for two targets, would otherwise each create a person.
     */
    <T> T forHolder(String tenant, String connectionId, UUID holderId, HolderWork<T> work)
            throws VendorFailure, SQLException {
        String lock = "intserv-person/" + tenant + "/" + connectionId + "/" + holderId;
        try (Connection c = dataSource.getConnection()) {
            try (var statement = c.prepareStatement("SELECT pg_advisory_lock(hashtextextended(?, 0))")) {
                statement.setString(1, lock);
                statement.execute();
            }
            try {
                return work.run();
            } finally {
                try (var statement = c.prepareStatement("SELECT pg_advisory_unlock(hashtextextended(?, 0))")) {
                    statement.setString(1, lock);
                    statement.execute();
                }
            }
        }
    }

    Optional<HeldKey> key(Scope scope) throws SQLException {
        try (Connection c = dataSource.getConnection();
                var statement = c.prepareStatement("""
                        SELECT key_id, spec_digest FROM intserv_key
                        WHERE tenant = ? AND connection_id = ? AND credential_id = ?
                        """)) {
            statement.setString(1, scope.tenant());
            statement.setString(2, scope.connectionId());
            statement.setObject(3, scope.credentialId());
            try (var rows = statement.executeQuery()) {
                return rows.next() ? Optional.of(new HeldKey(rows.getString(1), rows.getString(2))) : Optional.empty();
            }
        }
    }

    void rememberKey(Scope scope, HeldKey key) throws SQLException {
        update("""
                INSERT INTO intserv_key (tenant, connection_id, credential_id, key_id, spec_digest)
                VALUES (?, ?, ?, ?, ?)
                ON CONFLICT (tenant, connection_id, credential_id) DO UPDATE
                SET key_id = EXCLUDED.key_id, spec_digest = EXCLUDED.spec_digest, updated_at = now()
                """, scope.tenant(), scope.connectionId(), scope.credentialId(), key.keyId(), key.specDigest());
    }

    void forgetKey(Scope scope) throws SQLException {
        update("DELETE FROM intserv_key WHERE tenant = ? AND connection_id = ? AND credential_id = ?",
                scope.tenant(), scope.connectionId(), scope.credentialId());
    }

    void grant(Scope scope, String targetId, List<String> levels) throws SQLException {
        update("""
                INSERT INTO intserv_key_grant (tenant, connection_id, credential_id, target_id, access_level_ids)
                VALUES (?, ?, ?, ?, ?)
                ON CONFLICT (tenant, connection_id, credential_id, target_id) DO UPDATE
                SET access_level_ids = EXCLUDED.access_level_ids, updated_at = now()
                """, scope.tenant(), scope.connectionId(), scope.credentialId(), targetId,
                new String(Json.write(levels), java.nio.charset.StandardCharsets.UTF_8));
    }

    void revoke(Scope scope, String targetId) throws SQLException {
        update("""
                DELETE FROM intserv_key_grant
                WHERE tenant = ? AND connection_id = ? AND credential_id = ? AND target_id = ?
                """, scope.tenant(), scope.connectionId(), scope.credentialId(), targetId);
    }

    /** The union of the levels every target grants the credential, sorted (the key's {@code access_levels}). */
    List<String> levels(Scope scope) throws SQLException {
        var all = new TreeSet<String>();
        try (Connection c = dataSource.getConnection();
                var statement = c.prepareStatement("""
                        SELECT access_level_ids FROM intserv_key_grant
                        WHERE tenant = ? AND connection_id = ? AND credential_id = ?
                        """)) {
            statement.setString(1, scope.tenant());
            statement.setString(2, scope.connectionId());
            statement.setObject(3, scope.credentialId());
            try (var rows = statement.executeQuery()) {
                while (rows.next()) {
                    all.addAll(Json.mapper().readValue(rows.getString(1), IDS));
                }
            }
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new SQLException("intserv_key_grant holds a broken level list", e);
        }
        return List.copyOf(all);
    }

    private void update(String sql, Object... values) throws SQLException {
        try (Connection c = dataSource.getConnection();
                var statement = c.prepareStatement(sql)) {
            for (int i = 0; i < values.length; i++) {
                statement.setObject(i + 1, values[i]);
            }
            statement.executeUpdate();
        }
    }
}
