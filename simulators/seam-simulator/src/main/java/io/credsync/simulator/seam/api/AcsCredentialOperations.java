package io.credsync.simulator.seam.api;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

import io.credsync.simulator.seam.workspace.AcsCredentials;
import io.credsync.simulator.seam.workspace.CredentialFilter;
import io.credsync.simulator.seam.workspace.NewAcsCredential;
import io.vertx.core.json.JsonObject;

/** {@code /acs/credentials/*}: request bodies (already schema-checked) to workspace calls and answers. */
public final class AcsCredentialOperations {

    private final AcsCredentials credentials;
    private final Clock clock;

    public AcsCredentialOperations(AcsCredentials credentials, Clock clock) {
        this.credentials = credentials;
        this.clock = clock;
    }

    public JsonObject create(JsonObject body) {
        ValidationErrors errors = new ValidationErrors();
        String acsUserId = Bodies.string(body, "acs_user_id");
        if (acsUserId == null) {
            Bodies.refuseUserIdentity(body);
            errors.add("Required", "acs_user_id");
        }
        Instant startsAt = Bodies.instant(body, "starts_at");
        Instant endsAt = Bodies.instant(body, "ends_at");
        Bodies.checkWindow(startsAt, endsAt, clock.instant(), errors);
        errors.throwIfAny();
        NewAcsCredential request = new NewAcsCredential(acsUserId, Bodies.string(body, "acs_system_id"),
                Bodies.string(body, "access_method"), Bodies.string(body, "code"), startsAt, endsAt,
                Bodies.strings(body, "allowed_acs_entrance_ids"),
                Boolean.TRUE.equals(Bodies.bool(body, "is_multi_phone_sync_credential")));
        return new JsonObject().put("acs_credential", credentials.create(request));
    }

    public JsonObject get(JsonObject body) {
        return new JsonObject().put("acs_credential", credentials.get(Bodies.string(body, "acs_credential_id")));
    }

    public JsonObject list(JsonObject body, String pageUrl) {
        List<JsonObject> found = body.containsKey("user_identity_id")
                ? List.of()
                : credentials.list(new CredentialFilter(Bodies.string(body, "acs_user_id"),
                        Bodies.string(body, "acs_system_id"), Bodies.bool(body, "is_multi_phone_sync_credential"),
                        Bodies.instant(body, "created_before"), Bodies.string(body, "search")));
        return Pages.page("acs_credentials", found, body, 500, pageUrl);
    }

    /** Only {@code code} and {@code ends_at} can change; other fields are not in the schema and so ignored. */
    public JsonObject update(JsonObject body) {
        Instant endsAt = Bodies.instant(body, "ends_at");
        if (endsAt != null && !endsAt.isAfter(clock.instant())) {
            throw SeamApiException.invalidInput("ends_at", "ends_at must be in the future");
        }
        JsonObject credential = credentials.update(Bodies.string(body, "acs_credential_id"),
                Bodies.string(body, "code"), endsAt);
        return new JsonObject().put("acs_credential", credential);
    }

    public JsonObject delete(JsonObject body) {
        credentials.delete(Bodies.string(body, "acs_credential_id"));
        return new JsonObject();
    }

    public JsonObject assign(JsonObject body) {
        String acsUserId = Bodies.acsUserId(body);
        return new JsonObject().put("acs_credential",
                credentials.assign(Bodies.string(body, "acs_credential_id"), acsUserId));
    }

    public JsonObject unassign(JsonObject body) {
        Bodies.refuseUserIdentity(body);
        return new JsonObject().put("acs_credential",
                credentials.unassign(Bodies.string(body, "acs_credential_id"), Bodies.string(body, "acs_user_id")));
    }
}
