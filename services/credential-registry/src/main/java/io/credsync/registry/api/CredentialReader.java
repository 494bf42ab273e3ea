package io.credsync.registry.api;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.NotFoundException;

import io.credsync.model.crypto.SecretValue;
import io.credsync.model.crypto.ValueCipher;
import io.credsync.registry.credential.Credential;
import io.credsync.registry.credential.CredentialGrant;
import io.credsync.registry.holder.Holder;
import io.smallrye.mutiny.Uni;

/** Loads credentials of one tenant and renders them, opening the value only for callers allowed to read it. */
@ApplicationScoped
public class CredentialReader {

    private final ValueCipher cipher;

    public CredentialReader(ValueCipher cipher) {
        this.cipher = cipher;
    }

    public Uni<Credential> find(String tenant, String externalId) {
        return Credential.<Credential>find("tenant = ?1 and externalId = ?2", tenant, externalId).firstResult()
                .map(c -> {
                    if (c == null) {
                        throw new NotFoundException("no credential '" + externalId + "'");
                    }
                    return c;
                });
    }

    public Uni<CredentialView> view(Credential c, boolean revealValue) {
        return Holder.<Holder>findById(c.holderId)
                .flatMap(holder -> CredentialGrant.<CredentialGrant>list("credentialId", c.id)
                        .map(grants -> render(c, holder, grants, revealValue)));
    }

    private CredentialView render(Credential c, Holder holder, List<CredentialGrant> grants, boolean reveal) {
        String value = null;
        if (c.value() != null) {
            SecretValue clear = cipher.decrypt(c.value(), c.envelopeContext());
            value = reveal ? clear.reveal() : clear.masked();
        }
        return new CredentialView(c.id, c.externalId, holder == null ? null : holder.externalId, c.kind(), value,
                !reveal, c.format(), c.validity(), c.state, c.version,
                grants.stream().map(CredentialGrant::grant).toList(), c.createdAt, c.updatedAt);
    }
}
