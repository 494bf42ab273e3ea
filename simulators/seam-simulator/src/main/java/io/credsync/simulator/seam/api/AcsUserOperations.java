package io.credsync.simulator.seam.api;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import io.credsync.simulator.seam.workspace.AcsUserChanges;
import io.credsync.simulator.seam.workspace.AcsUsers;
import io.credsync.simulator.seam.workspace.NewAcsUser;
import io.credsync.simulator.seam.workspace.UserFilter;
import io.vertx.core.json.JsonObject;

/** {@code /acs/users/*}: request bodies (already schema-checked) to workspace calls and answers. */
public final class AcsUserOperations {

    private final AcsUsers users;
    private final Clock clock;

    public AcsUserOperations(AcsUsers users, Clock clock) {
        this.users = users;
        this.clock = clock;
    }

    public JsonObject create(JsonObject body) {
        Bodies.refuseUserIdentity(body);
        ValidationErrors errors = new ValidationErrors();
        NewAcsUser.AccessSchedule schedule = schedule(body.getJsonObject("access_schedule"), errors);
        errors.throwIfAny();
        NewAcsUser request = new NewAcsUser(Bodies.string(body, "acs_system_id"), Bodies.string(body, "full_name"),
                email(body), Bodies.string(body, "phone_number"), schedule,
                Bodies.strings(body, "acs_access_group_ids"));
        return new JsonObject().put("acs_user", users.create(request));
    }

    public JsonObject get(JsonObject body) {
        return new JsonObject().put("acs_user", users.get(Bodies.acsUserId(body)));
    }

    public JsonObject list(JsonObject body, String pageUrl) {
        boolean byIdentity = body.containsKey("user_identity_id") || body.containsKey("user_identity_email_address")
                || body.containsKey("user_identity_phone_number");
        List<JsonObject> found = byIdentity
                ? List.of()
                : users.list(new UserFilter(Bodies.string(body, "acs_system_id"),
                        Bodies.instant(body, "created_before"), Bodies.string(body, "search")));
        return Pages.page("acs_users", found, body, 500, pageUrl);
    }

    public JsonObject update(JsonObject body) {
        String acsUserId = Bodies.acsUserId(body);
        ValidationErrors errors = new ValidationErrors();
        boolean clearSchedule = body.containsKey("access_schedule") && body.getValue("access_schedule") == null;
        NewAcsUser.AccessSchedule schedule = schedule(body.getJsonObject("access_schedule"), errors);
        errors.throwIfAny();
        users.update(acsUserId, new AcsUserChanges(Optional.ofNullable(Bodies.string(body, "full_name")),
                Optional.ofNullable(email(body)), Optional.ofNullable(Bodies.string(body, "phone_number")),
                Optional.ofNullable(schedule), clearSchedule));
        return new JsonObject();
    }

    public JsonObject delete(JsonObject body) {
        users.delete(Bodies.acsUserId(body));
        return new JsonObject();
    }

    public JsonObject suspend(JsonObject body) {
        users.suspend(Bodies.acsUserId(body), true);
        return new JsonObject();
    }

    public JsonObject unsuspend(JsonObject body) {
        users.suspend(Bodies.acsUserId(body), false);
        return new JsonObject();
    }

    public JsonObject addToAccessGroup(JsonObject body) {
        users.addToAccessGroup(Bodies.string(body, "acs_user_id"), Bodies.string(body, "acs_access_group_id"));
        return new JsonObject();
    }

    public JsonObject removeFromAccessGroup(JsonObject body) {
        users.removeFromAccessGroup(Bodies.acsUserId(body), Bodies.string(body, "acs_access_group_id"));
        return new JsonObject();
    }

    private NewAcsUser.AccessSchedule schedule(JsonObject json, ValidationErrors errors) {
        if (json == null) {
            return null;
        }
        Instant startsAt = Bodies.instant(json, "starts_at");
        Instant endsAt = Bodies.instant(json, "ends_at");
        Bodies.checkWindow(startsAt, endsAt, clock.instant(), errors, "access_schedule");
        return new NewAcsUser.AccessSchedule(startsAt, endsAt);
    }

    private static String email(JsonObject body) {
        String email = Bodies.string(body, "email_address");
        return email != null ? email : Bodies.string(body, "email");
    }
}
