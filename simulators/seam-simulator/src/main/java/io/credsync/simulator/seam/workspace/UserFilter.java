package io.credsync.simulator.seam.workspace;

import java.time.Instant;

/** {@code /acs/users/list} filters; null means "any". */
public record UserFilter(String acsSystemId, Instant createdBefore, String search) {
}
