package io.credsync.registry.api;

import java.time.Duration;
import java.util.HashSet;
import java.util.List;

import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.credsync.registry.request.InvalidParameterException;
import io.credsync.registry.request.RequestParameters;
import io.credsync.registry.security.DevKeys;
import io.smallrye.jwt.build.Jwt;

/**
 * Development tokens for the local stack: signed with the dev key that ships in the jar, so it is off unless
 * {@code credsync.auth.dev-token.enabled=true}.
 */
@Path("/dev/token")
@Tag(name = "development")
public class DevTokenResource {

    static final int MAX_GROUPS = 20;

    private final boolean enabled;
    private final String issuer;
    private final String tenantClaim;

    public DevTokenResource(@ConfigProperty(name = "credsync.auth.dev-token.enabled") boolean enabled,
            @ConfigProperty(name = "mp.jwt.verify.issuer") String issuer,
            @ConfigProperty(name = "credsync.auth.tenant-claim") String tenantClaim) {
        this.enabled = enabled;
        this.issuer = issuer;
        this.tenantClaim = tenantClaim;
    }

    @POST
    @Produces(MediaType.TEXT_PLAIN)
    @Operation(summary = "Mint a development token (local stack only)", description = "404 unless credsync.auth.dev-token.enabled=true: the signing key ships in the jar.")
    public String issue(@QueryParam("tenant") String tenant, @QueryParam("group") List<String> groups) {
        if (!enabled) {
            throw new NotFoundException("development tokens are disabled");
        }
        RequestParameters.optionalId("query.tenant", tenant);
        if (groups != null && groups.size() > MAX_GROUPS) {
            throw new InvalidParameterException("query.group", "list.length", "at most " + MAX_GROUPS + " groups");
        }
        (groups == null ? List.<String>of() : groups).forEach(g -> RequestParameters.id("query.group", g));
        return Jwt.issuer(issuer)
                .subject("dev-" + (tenant == null ? "acme" : tenant))
                .claim(tenantClaim, tenant == null ? "acme" : tenant)
                .groups(new HashSet<>(groups == null ? List.of() : groups))
                .expiresIn(Duration.ofHours(12))
                .jws()
                .sign(DevKeys.privateKey());
    }
}
