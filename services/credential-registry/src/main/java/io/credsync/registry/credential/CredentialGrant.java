package io.credsync.registry.credential;

import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

import io.credsync.model.credential.Grant;
import io.credsync.model.credential.GrantParameters;
import io.credsync.model.json.Json;
import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;

/** A credential's access on one target, with the vendor parameters stored as the contract's JSON. */
@Entity
@Table(name = "credential_grant")
@IdClass(GrantId.class)
public class CredentialGrant extends PanacheEntityBase {

    @Id
    @Column(name = "credential_id")
    public UUID credentialId;
    @Id
    @Column(name = "target_id")
    public String targetId;
    public String tenant;
    public String parameters;

    public static CredentialGrant of(String tenant, UUID credentialId, Grant grant) {
        var row = new CredentialGrant();
        row.tenant = tenant;
        row.credentialId = credentialId;
        row.targetId = grant.targetId();
        row.parameters = new String(Json.write(grant.parameters()), java.nio.charset.StandardCharsets.UTF_8);
        return row;
    }

    public GrantParameters parametersValue() {
        return Json.read(parameters.getBytes(java.nio.charset.StandardCharsets.UTF_8), GrantParameters.class);
    }

    public Grant grant() {
        return new Grant(targetId, parametersValue());
    }
}
