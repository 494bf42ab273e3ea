package io.credsync.registry.security;

import jakarta.enterprise.context.RequestScoped;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.jwt.JsonWebToken;

import io.credsync.model.validation.FieldLimits;
import io.quarkus.security.ForbiddenException;

/** The authenticated caller: its tenant (from the token's tenant claim) scopes every read and write. */
@RequestScoped
public class CallerContext {

    private final JsonWebToken token;
    private final String tenantClaim;

    public CallerContext(JsonWebToken token, @ConfigProperty(name = "credsync.auth.tenant-claim") String tenantClaim) {
        this.token = token;
        this.tenantClaim = tenantClaim;
    }

    public String tenant() {
        Object tenant = token.getClaim(tenantClaim);
        if (tenant == null || tenant.toString().isBlank()) {
            throw new ForbiddenException("token has no '" + tenantClaim + "' claim");
        }
        String id = tenant.toString().replace("\"", "");
        if (!FieldLimits.isId(id)) {
            // it scopes every query: a NUL in it would fail in PostgreSQL instead of being refused
            throw new ForbiddenException("the token's '" + tenantClaim + "' claim is not a usable tenant id");
        }
        return id;
    }

    public boolean mayReadValues() {
        return token.getGroups() != null && token.getGroups().contains(Permissions.READ_VALUES);
    }
}
