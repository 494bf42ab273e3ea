package io.credsync.registry.holder;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.credsync.model.command.HolderRef;
import io.credsync.model.credential.HolderDetails;
import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;

/** A person credentials are issued to, identified by the tenant's own external id. */
@Entity
@Table(name = "holder")
public class Holder extends PanacheEntityBase {

    @Id
    public UUID id;
    public String tenant;
    @Column(name = "external_id")
    public String externalId;
    @Column(name = "full_name")
    public String fullName;
    @Column(name = "first_name")
    public String firstName;
    @Column(name = "last_name")
    public String lastName;
    public String email;
    @Column(name = "row_version")
    public long rowVersion;
    @Column(name = "created_at")
    public Instant createdAt;
    @Column(name = "updated_at")
    public Instant updatedAt;

    public HolderDetails details() {
        return new HolderDetails(fullName, firstName, lastName, email);
    }

    public HolderRef ref() {
        return new HolderRef(id, externalId, details());
    }

    /** Copies details in; returns true when something changed. */
    public boolean apply(HolderDetails details) {
        if (details == null || details.equals(details())) {
            return false;
        }
        fullName = details.fullName();
        firstName = details.firstName();
        lastName = details.lastName();
        email = details.email();
        return true;
    }
}
