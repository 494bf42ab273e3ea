package io.credsync.simulator.seam;

import java.util.Set;

import io.credsync.simulator.seam.workspace.SyncState;
import io.vertx.core.json.JsonObject;

/** An acs_user as the simulator holds it, deleted ones included; {@code json} is what {@code /acs/users/get} answers. */
public record SimulatedUser(String acsUserId, String acsSystemId, String fullName, boolean suspended,
        Set<String> accessGroupIds, SyncState state, JsonObject json) {

    public boolean deleted() {
        return state == SyncState.DELETED;
    }
}
