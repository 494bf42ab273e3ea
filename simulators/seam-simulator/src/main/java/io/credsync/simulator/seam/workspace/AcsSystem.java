package io.credsync.simulator.seam.workspace;

import java.time.Instant;

/** An access control system of the workspace (a fixture). */
public record AcsSystem(String acsSystemId, String name, String externalType, Instant createdAt) {
}
