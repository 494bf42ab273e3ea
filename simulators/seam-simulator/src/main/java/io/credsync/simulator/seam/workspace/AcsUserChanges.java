package io.credsync.simulator.seam.workspace;

import java.util.Optional;

/**
 * A validated {@code /acs/users/update} request: an empty optional leaves the field as it is;
 * {@code clearAccessSchedule} is {@code access_schedule: null}.
 */
public record AcsUserChanges(Optional<String> fullName, Optional<String> emailAddress, Optional<String> phoneNumber,
        Optional<NewAcsUser.AccessSchedule> accessSchedule, boolean clearAccessSchedule) {
}
