package io.credsync.simulator.seam.workspace;

import java.time.Instant;

/** An access group of an access system (a fixture). */
public record AcsAccessGroup(String acsAccessGroupId, String acsSystemId, String name, Instant createdAt) {
}
