package io.credsync.simulator.seam;

import java.util.List;

import io.credsync.simulator.seam.workspace.SyncState;
import io.vertx.core.json.JsonObject;

/**
 * A credential as the simulator holds it, deleted ones included. {@code json} is what {@code /acs/credentials/get}
 * answers (or answered last, for a deleted one).
 */
public record SimulatedCredential(String acsCredentialId, String acsUserId, String acsSystemId, String accessMethod,
        String code, String startsAt, String endsAt, SyncState state, List<String> warningCodes,
        List<String> errorCodes, JsonObject json) {

    public boolean deleted() {
        return state == SyncState.DELETED;
    }

    public boolean syncedWithProvider() {
        return state == SyncState.SYNCED;
    }
}
