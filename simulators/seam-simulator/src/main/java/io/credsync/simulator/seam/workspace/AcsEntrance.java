package io.credsync.simulator.seam.workspace;

import java.time.Instant;

/** A door or other entrance of an access system (a fixture). */
public record AcsEntrance(String acsEntranceId, String acsSystemId, String displayName, Instant createdAt) {
}
