package io.credsync.vendor.genetec.dispatch;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Optional;
import java.util.UUID;

import javax.sql.DataSource;

import io.credsync.vendor.genetec.api.DeviceIdentity;

/**
 * What the dispatcher knows of Clearance, in {@code dispatcher_genetec}: each device it registered (or is about to),
 * whether it activated it, and the negotiation each device has open. Plain JDBC on the adapter's worker thread.
 */
public class DeviceLedger {

    /** One Clearance tenant of one connection. */
    record Account(String tenant, String connectionId, String clearanceTenant) {
    }

    /** A device row: {@code deviceId} null while a registration's answer is unknown. */
    record KnownDevice(String deviceId, boolean active) {
    }

    /** An open negotiation: the credential and version it carries. */
    record OpenTransaction(UUID credentialId, long version, String transactionId) {
    }

    /** Work done while holding a device's lock. */
    @FunctionalInterface
    interface DeviceWork<T> {
        T run() throws io.credsync.vendor.spi.VendorFailure, SQLException, CredentialRefused;
    }

    private final DataSource dataSource;

    public DeviceLedger(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /**
     * Runs {@code work} holding the device's lock (a PostgreSQL advisory lock, released after): two targets naming the
     * same Clearance tenant would otherwise register one device twice, or negotiate over each other.
     */
    <T> T forDevice(Account account, DeviceIdentity device, DeviceWork<T> work)
            throws io.credsync.vendor.spi.VendorFailure, SQLException, CredentialRefused {
        String lock = "genetec-device/" + account.tenant() + "/" + account.connectionId() + "/"
                + account.clearanceTenant() + "/" + device.serialNumber() + "/" + device.manufacturer();
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

    Optional<KnownDevice> device(Account account, DeviceIdentity device) throws SQLException {
        try (Connection c = dataSource.getConnection();
                var statement = c.prepareStatement("""
                        SELECT device_id, active FROM genetec_device WHERE tenant = ? AND connection_id = ?
                        AND clearance_tenant = ? AND serial_number = ? AND manufacturer = ?
                        """)) {
            bind(statement, account, device);
            try (var rows = statement.executeQuery()) {
                return rows.next()
                        ? Optional.of(new KnownDevice(rows.getString(1), rows.getBoolean(2)))
                        : Optional.empty();
            }
        }
    }

    /** Written before the registration is sent, so a lost answer is looked up, never registered again. */
    void registering(Account account, DeviceIdentity device) throws SQLException {
        update("""
                INSERT INTO genetec_device (tenant, connection_id, clearance_tenant, serial_number, manufacturer)
                VALUES (?, ?, ?, ?, ?) ON CONFLICT DO NOTHING
                """, account, device);
    }

    void registered(Account account, DeviceIdentity device, String deviceId) throws SQLException {
        update("""
                UPDATE genetec_device SET device_id = ?, updated_at = now() WHERE tenant = ? AND connection_id = ?
                AND clearance_tenant = ? AND serial_number = ? AND manufacturer = ?
                """, account, device, deviceId);
    }

    void activated(Account account, DeviceIdentity device) throws SQLException {
        update("""
                UPDATE genetec_device SET active = true, updated_at = now() WHERE tenant = ? AND connection_id = ?
                AND clearance_tenant = ? AND serial_number = ? AND manufacturer = ?
                """, account, device);
    }

    Optional<OpenTransaction> openTransaction(Account account, DeviceIdentity device) throws SQLException {
        try (Connection c = dataSource.getConnection();
                var statement = c.prepareStatement("""
                        SELECT credential_id, version, transaction_id FROM genetec_transaction WHERE tenant = ?
                        AND connection_id = ? AND clearance_tenant = ? AND serial_number = ? AND manufacturer = ?
                        """)) {
            bind(statement, account, device);
            try (var rows = statement.executeQuery()) {
                return rows.next()
                        ? Optional.of(new OpenTransaction(rows.getObject(1, UUID.class), rows.getLong(2),
                                rows.getString(3)))
                        : Optional.empty();
            }
        }
    }

    /** Written before the commit is sent: a crash after it leaves the transaction to be judged by the next attempt. */
    void opened(Account account, DeviceIdentity device, OpenTransaction open) throws SQLException {
        try (Connection c = dataSource.getConnection();
                var statement = c.prepareStatement("""
                        INSERT INTO genetec_transaction (tenant, connection_id, clearance_tenant, serial_number,
                        manufacturer, credential_id, version, transaction_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?)
                        ON CONFLICT (tenant, connection_id, clearance_tenant, serial_number, manufacturer) DO UPDATE
                        SET credential_id = EXCLUDED.credential_id, version = EXCLUDED.version,
                        transaction_id = EXCLUDED.transaction_id, opened_at = now()
                        """)) {
            bind(statement, account, device);
            statement.setObject(6, open.credentialId());
            statement.setLong(7, open.version());
            statement.setString(8, open.transactionId());
            statement.executeUpdate();
        }
    }

    void closed(Account account, DeviceIdentity device) throws SQLException {
        update("""
                DELETE FROM genetec_transaction WHERE tenant = ? AND connection_id = ? AND clearance_tenant = ?
                AND serial_number = ? AND manufacturer = ?
                """, account, device);
    }

    private void update(String sql, Account account, DeviceIdentity device, String... leading) throws SQLException {
        try (Connection c = dataSource.getConnection();
                var statement = c.prepareStatement(sql)) {
            int i = 1;
            for (String value : leading) {
                statement.setString(i++, value);
            }
            statement.setString(i++, account.tenant());
            statement.setString(i++, account.connectionId());
            statement.setString(i++, account.clearanceTenant());
            statement.setString(i++, device.serialNumber());
            statement.setString(i, device.manufacturer());
            statement.executeUpdate();
        }
    }

    private static void bind(java.sql.PreparedStatement statement, Account account, DeviceIdentity device)
            throws SQLException {
        statement.setString(1, account.tenant());
        statement.setString(2, account.connectionId());
        statement.setString(3, account.clearanceTenant());
        statement.setString(4, device.serialNumber());
        statement.setString(5, device.manufacturer());
    }
}
