package io.credsync.registry.connection;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

import io.credsync.model.Vendor;
import io.credsync.model.connection.ConnectionDefinition;
import io.credsync.registry.TenantScopedId;
import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;

/**
 * A vendor account: where its API lives, which secret holds its key, how fast we may call it, and its vendor-specific
 * options. Published on {@code credsync.connections.v1} as a {@link ConnectionDefinition} at every change.
 */
@Entity
@Table(name = "connection")
@IdClass(TenantScopedId.class)
public class Connection extends PanacheEntityBase {

    @Id
    public String tenant;
    @Id
    public String id;
    public String vendor;
    @Column(name = "base_url")
    public String baseUrl;
    @Column(name = "secret_ref")
    public String secretRef;
    @Column(name = "rate_limit_per_second")
    public int rateLimitPerSecond;
    /** JSON object of string to string ({@link ConnectionOptions}): references, never secrets. */
    public String options;
    /** Bumped by every change; the revision followers compare. */
    @Column(name = "row_version")
    public long rowVersion;
    @Column(name = "created_at")
    public Instant createdAt;
    @Column(name = "updated_at")
    public Instant updatedAt;

    /** What the followers of {@code credsync.connections.v1} get: everything but the secret itself. */
    public ConnectionDefinition definition() {
        return new ConnectionDefinition(tenant, id, Vendor.fromId(vendor), baseUrl, secretRef, rateLimitPerSecond,
                ConnectionOptions.read(options), rowVersion, updatedAt);
    }
}
