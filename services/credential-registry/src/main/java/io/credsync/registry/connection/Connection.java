package io.credsync.registry.connection;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

import io.credsync.registry.TenantScopedId;
import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;

/** A vendor account: where its API lives, which secret holds its key, and how fast we may call it. */
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
    @Column(name = "row_version")
    public long rowVersion;
    @Column(name = "created_at")
    public Instant createdAt;
    @Column(name = "updated_at")
    public Instant updatedAt;
}
