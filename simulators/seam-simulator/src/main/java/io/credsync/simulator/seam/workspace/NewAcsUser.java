package io.credsync.simulator.seam.workspace;

import java.time.Instant;
import java.util.List;

/** A validated {@code /acs/users/create} request. */
public record NewAcsUser(String acsSystemId, String fullName, String emailAddress, String phoneNumber,
        AccessSchedule accessSchedule, List<String> accessGroupIds) {

    /** {@code access_schedule}: {@code endsAt} may be null (open-ended). */
    public record AccessSchedule(Instant startsAt, Instant endsAt) {
    }
}
