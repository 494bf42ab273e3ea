package io.credsync.vendor.seam.api;

import java.time.Instant;
import java.util.Collection;

import com.fasterxml.jackson.databind.node.ObjectNode;

import io.credsync.model.json.Json;

/**
 * One Seam Connect call as its OpenAPI document defines it: method, path and JSON body. Built here, sent by
 * {@link SeamClient}; kept apart so that a test can check every body against the OpenAPI document.
 */
public record SeamRequest(String method, String path, ObjectNode body) {

    public static SeamRequest createUser(String acsSystemId, String fullName, String emailAddress) {
        var body = newBody().put("acs_system_id", acsSystemId).put("full_name", fullName);
        if (emailAddress != null && !emailAddress.isBlank()) {
            body.put("email_address", emailAddress);
        }
        return post("/acs/users/create", body);
    }

    public static SeamRequest listUsers(String acsSystemId, String pageCursor) {
        var body = newBody().put("acs_system_id", acsSystemId);
        if (pageCursor != null) {
            body.put("page_cursor", pageCursor);
        }
        return post("/acs/users/list", body);
    }

    public static SeamRequest renameUser(String acsUserId, String fullName, String emailAddress) {
        var body = newBody().put("acs_user_id", acsUserId).put("full_name", fullName);
        if (emailAddress != null && !emailAddress.isBlank()) {
            body.put("email_address", emailAddress);
        }
        return new SeamRequest("PATCH", "/acs/users/update", body);
    }

    /** The user's access_schedule, or none ({@code null}) when {@code startsAt} is null. */
    public static SeamRequest scheduleUser(String acsUserId, Instant startsAt, Instant endsAt) {
        var body = newBody().put("acs_user_id", acsUserId);
        if (startsAt == null) {
            body.putNull("access_schedule");
        } else {
            body.putObject("access_schedule").put("starts_at", startsAt.toString()).put("ends_at", endsAt.toString());
        }
        return new SeamRequest("PATCH", "/acs/users/update", body);
    }

    public static SeamRequest suspendUser(String acsUserId) {
        return post("/acs/users/suspend", newBody().put("acs_user_id", acsUserId));
    }

    public static SeamRequest unsuspendUser(String acsUserId) {
        return post("/acs/users/unsuspend", newBody().put("acs_user_id", acsUserId));
    }

    public static SeamRequest addToAccessGroup(String acsUserId, String acsAccessGroupId) {
        return post("/acs/users/add_to_access_group", newBody().put("acs_user_id", acsUserId)
                .put("acs_access_group_id", acsAccessGroupId));
    }

    public static SeamRequest removeFromAccessGroup(String acsUserId, String acsAccessGroupId) {
        return post("/acs/users/remove_from_access_group", newBody().put("acs_user_id", acsUserId)
                .put("acs_access_group_id", acsAccessGroupId));
    }

    /**
     * @param code digits, for access method {@code code} only
     * @param startsAt sent only when still ahead (Seam moves a past start to now and warns)
     */
    public static SeamRequest createCredential(String acsUserId, String accessMethod, String code, Instant startsAt,
            Instant endsAt, Collection<String> entranceIds) {
        var body = newBody().put("acs_user_id", acsUserId).put("access_method", accessMethod);
        if (code != null) {
            body.put("code", code);
        }
        if (startsAt != null) {
            body.put("starts_at", startsAt.toString());
        }
        if (endsAt != null) {
            body.put("ends_at", endsAt.toString());
        }
        if (!entranceIds.isEmpty()) {
            var entrances = body.putArray("allowed_acs_entrance_ids");
            entranceIds.forEach(entrances::add);
        }
        return post("/acs/credentials/create", body);
    }

    /** Seam can change only {@code code} and {@code ends_at} of an existing credential. */
    public static SeamRequest updateCredential(String acsCredentialId, String code, Instant endsAt) {
        var body = newBody().put("acs_credential_id", acsCredentialId);
        if (code != null) {
            body.put("code", code);
        }
        if (endsAt != null) {
            body.put("ends_at", endsAt.toString());
        }
        return new SeamRequest("PATCH", "/acs/credentials/update", body);
    }

    public static SeamRequest getCredential(String acsCredentialId) {
        return post("/acs/credentials/get", newBody().put("acs_credential_id", acsCredentialId));
    }

    public static SeamRequest deleteCredential(String acsCredentialId) {
        return post("/acs/credentials/delete", newBody().put("acs_credential_id", acsCredentialId));
    }

    public static SeamRequest listCredentials(String acsUserId) {
        return post("/acs/credentials/list", newBody().put("acs_user_id", acsUserId));
    }

    /** Events at or after {@code since} of the given types, one page ({@code limit} from {@code offset}). */
    public static SeamRequest listEvents(Instant since, Collection<String> eventTypes, int limit, int offset) {
        var body = newBody().put("since", since.toString()).put("limit", limit);
        var types = body.putArray("event_types");
        eventTypes.forEach(types::add);
        if (offset > 0) {
            body.put("unstable_offset", offset);
        }
        return post("/events/list", body);
    }

    private static SeamRequest post(String path, ObjectNode body) {
        return new SeamRequest("POST", path, body);
    }

    private static ObjectNode newBody() {
        return Json.mapper().createObjectNode();
    }

    /** Bodies may hold a PIN: never print them. */
    @Override
    public String toString() {
        return method + " " + path;
    }
}
