package io.credsync.simulator.seam.workspace;

import java.time.Instant;

/** {@code /acs/credentials/list} filters; null means "any". */
public record CredentialFilter(String acsUserId, String acsSystemId, Boolean multiPhoneSync, Instant createdBefore,
        String search) {
}
