package io.credsync.simulator.seam.workspace;

import java.util.List;
import java.util.function.Function;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;

/** Renders the workspace's objects with the fields of the OpenAPI schemas of the same names. */
final class AcsJson {

    private final String workspaceId;
    private final String connectedAccountId;

    AcsJson(String workspaceId, String connectedAccountId) {
        this.workspaceId = workspaceId;
        this.connectedAccountId = connectedAccountId;
    }

    JsonObject credential(AcsCredential c) {
        boolean synced = c.state == SyncState.SYNCED;
        JsonObject json = new JsonObject()
                .put("acs_credential_id", c.id);
        if (c.userId != null) {
            json.put("acs_user_id", c.userId);
        }
        json.put("acs_system_id", c.systemId)
                .put("connected_account_id", connectedAccountId)
                .put("display_name", c.displayName())
                .put("code", c.code)
                .put("card_number", c.cardNumber)
                .put("access_method", c.accessMethod)
                .put("external_type", c.externalType)
                .put("external_type_display_name", ExternalTypes.displayName(c.externalType))
                .put("is_multi_phone_sync_credential", c.multiPhoneSync)
                .put("is_one_time_use", false)
                .put("is_managed", true);
        if ("card".equals(c.accessMethod)) {
            json.put("is_issued", c.issuedAt != null).put("issued_at", Timestamps.format(c.issuedAt));
        }
        if (c.startsAt != null) {
            json.put("starts_at", Timestamps.format(c.startsAt));
        }
        if (c.endsAt != null) {
            json.put("ends_at", Timestamps.format(c.endsAt));
        }
        return json.put("created_at", Timestamps.format(c.createdAt))
                .put("workspace_id", workspaceId)
                .put("errors", notices(c.errors, n -> n.toJson("error_code", false)))
                .put("warnings", notices(c.warnings, n -> n.toJson("warning_code", true)))
                .put("is_latest_desired_state_synced_with_provider", synced)
                .put("latest_desired_state_synced_with_provider_at", synced ? Timestamps.format(c.syncedAt) : null);
    }

    JsonObject user(AcsUser u, AcsSystem system) {
        ExternalTypes.Brand brand = ExternalTypes.brand(system.externalType());
        JsonObject json = new JsonObject()
                .put("acs_user_id", u.id)
                .put("acs_system_id", u.systemId)
                .put("workspace_id", workspaceId)
                .put("connected_account_id", connectedAccountId)
                .put("created_at", Timestamps.format(u.createdAt))
                .put("display_name", u.fullName)
                .put("full_name", u.fullName);
        if (u.emailAddress != null) {
            json.put("email_address", u.emailAddress).put("email", u.emailAddress);
        }
        if (u.phoneNumber != null) {
            json.put("phone_number", u.phoneNumber);
        }
        if (brand.userType() != null) {
            json.put("external_type", brand.userType())
                    .put("external_type_display_name", ExternalTypes.displayName(brand.userType()));
        }
        if (u.hasAccessSchedule) {
            json.put("access_schedule", new JsonObject()
                    .put("starts_at", Timestamps.format(u.accessStartsAt))
                    .put("ends_at", Timestamps.format(u.accessEndsAt)));
        }
        return json.put("is_suspended", u.suspended)
                .put("is_managed", true)
                .put("last_successful_sync_at", Timestamps.format(u.lastSuccessfulSyncAt))
                .put("errors", notices(u.errors, n -> n.toJson("error_code", true)))
                .put("warnings", notices(u.warnings, n -> n.toJson("warning_code", true)))
                .put("pending_mutations", notices(u.pendingMutations, n -> n.toJson("mutation_code", true)));
    }

    JsonObject system(AcsSystem s, int users, int accessGroups) {
        String displayName = ExternalTypes.brand(s.externalType()).displayName();
        return new JsonObject()
                .put("acs_system_id", s.acsSystemId())
                .put("name", s.name())
                .put("external_type", s.externalType())
                .put("external_type_display_name", displayName)
                .put("system_type", s.externalType())
                .put("system_type_display_name", displayName)
                .put("is_credential_manager", false)
                .put("location", new JsonObject().putNull("time_zone"))
                .put("created_at", Timestamps.format(s.createdAt()))
                .put("workspace_id", workspaceId)
                .put("connected_account_id", connectedAccountId)
                .put("connected_account_ids", new JsonArray().add(connectedAccountId))
                .put("image_url", "https://connect.getseam.com/assets/images/acs_systems/" + s.externalType() + ".png")
                .put("image_alt_text", displayName + " logo")
                .put("acs_user_count", users)
                .put("acs_access_group_count", accessGroups)
                .put("errors", new JsonArray())
                .put("warnings", new JsonArray());
    }

    JsonObject entrance(AcsEntrance e) {
        return new JsonObject()
                .put("acs_entrance_id", e.acsEntranceId())
                .put("acs_system_id", e.acsSystemId())
                .put("connected_account_id", connectedAccountId)
                .put("display_name", e.displayName())
                .put("created_at", Timestamps.format(e.createdAt()))
                .put("space_ids", new JsonArray())
                .put("can_unlock_with_code", true)
                .put("can_unlock_with_card", true)
                .put("can_unlock_with_mobile_key", true)
                .put("errors", new JsonArray());
    }

    JsonObject accessGroup(AcsAccessGroup g, AcsSystem system) {
        String type = ExternalTypes.brand(system.externalType()).accessGroupType();
        String groupType = type == null ? "pti_access_level" : type;
        String typeName = ExternalTypes.displayName(groupType);
        return new JsonObject()
                .put("acs_access_group_id", g.acsAccessGroupId())
                .put("acs_system_id", g.acsSystemId())
                .put("workspace_id", workspaceId)
                .put("connected_account_id", connectedAccountId)
                .put("name", g.name())
                .put("display_name", g.name())
                .put("access_group_type", groupType)
                .put("access_group_type_display_name", typeName)
                .put("external_type", groupType)
                .put("external_type_display_name", typeName)
                .put("created_at", Timestamps.format(g.createdAt()))
                .put("warnings", new JsonArray())
                .put("is_managed", true);
    }

    private static JsonArray notices(List<Notice> notices, Function<Notice, JsonObject> render) {
        JsonArray array = new JsonArray();
        notices.forEach(n -> array.add(render.apply(n)));
        return array;
    }
}
