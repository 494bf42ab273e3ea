package io.credsync.registry.targets;

import java.time.Instant;
import java.util.Map;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

import com.fasterxml.jackson.core.type.TypeReference;

import io.credsync.model.Vendor;
import io.credsync.model.command.TargetAddress;
import io.credsync.model.json.Json;
import io.credsync.model.validation.TargetProfile;
import io.credsync.registry.TenantScopedId;
import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;

/** What receives credentials and reports sync status: a Jetstream device, a Seam acs_system, a BAS-IP panel... */
@Entity
@Table(name = "target")
@IdClass(TenantScopedId.class)
public class Target extends PanacheEntityBase {

    private static final TypeReference<Map<String, String>> SETTINGS = new TypeReference<>() {
    };

    @Id
    public String tenant;
    @Id
    public String id;
    public String vendor;
    @Column(name = "connection_id")
    public String connectionId;
    public String address;
    /** JSON object of vendor settings (e.g. a BAS-IP panel's wiegand_mode). */
    public String settings;
    @Column(name = "display_name")
    public String displayName;
    @Column(name = "row_version")
    public long rowVersion;
    @Column(name = "created_at")
    public Instant createdAt;
    @Column(name = "updated_at")
    public Instant updatedAt;

    public Vendor vendor() {
        return Vendor.fromId(vendor);
    }

    public Map<String, String> settingsMap() {
        try {
            return settings == null ? Map.of() : Json.mapper().readValue(settings, SETTINGS);
        } catch (java.io.IOException e) {
            throw new IllegalStateException("target " + id + " has unreadable settings", e);
        }
    }

    public TargetAddress address() {
        return new TargetAddress(connectionId, address, settingsMap());
    }

    public TargetProfile profile() {
        return new TargetProfile(id, vendor(), address());
    }
}
