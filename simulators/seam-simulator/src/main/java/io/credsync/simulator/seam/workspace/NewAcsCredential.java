package io.credsync.simulator.seam.workspace;

import java.time.Instant;
import java.util.List;

/** A validated {@code /acs/credentials/create} request. */
public record NewAcsCredential(String acsUserId, String acsSystemId, String accessMethod, String code,
        Instant startsAt, Instant endsAt, List<String> allowedAcsEntranceIds, boolean multiPhoneSync) {
}
