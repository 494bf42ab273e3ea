package io.credsync.registry;

import java.time.Duration;
import java.util.Set;

import io.credsync.registry.security.DevKeys;
import io.smallrye.jwt.build.Jwt;

/** Bearer tokens for tests, signed with the dev key the test profile trusts. */
public final class Tokens {

    private Tokens() {
    }

    public static String forTenant(String tenant, String... groups) {
        return Jwt.issuer("https://credsync.local/dev")
                .subject("test-" + tenant)
                .claim("tenant", tenant)
                .groups(Set.of(groups))
                .expiresIn(Duration.ofMinutes(10))
                .jws()
                .sign(DevKeys.privateKey());
    }
}
