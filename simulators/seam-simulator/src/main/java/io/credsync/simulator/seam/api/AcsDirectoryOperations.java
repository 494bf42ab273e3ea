package io.credsync.simulator.seam.api;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import io.credsync.simulator.seam.workspace.Workspace;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;

/** Read-only {@code /acs/systems/*}, {@code /acs/entrances/*} and {@code /acs/access_groups/*}. */
public final class AcsDirectoryOperations {

    private final Workspace workspace;

    public AcsDirectoryOperations(Workspace workspace) {
        this.workspace = workspace;
    }

    public JsonObject getSystem(JsonObject body) {
        return new JsonObject().put("acs_system", workspace.systemJson(Bodies.string(body, "acs_system_id")));
    }

    public JsonObject listSystems(JsonObject body) {
        List<JsonObject> systems = body.containsKey("customer_key")
                ? List.of()
                : workspace.systemsJson(Bodies.string(body, "connected_account_id"));
        return new JsonObject().put("acs_systems", new JsonArray(List.copyOf(systems)));
    }

    public JsonObject getEntrance(JsonObject body) {
        return new JsonObject().put("acs_entrance", workspace.entranceJson(Bodies.string(body, "acs_entrance_id")));
    }

    public JsonObject listEntrances(JsonObject body, String pageUrl) {
        Set<String> ids = body.containsKey("acs_entrance_ids")
                ? new LinkedHashSet<>(Bodies.strings(body, "acs_entrance_ids"))
                : null;
        boolean unsupportedFilter = body.containsKey("space_id") || body.containsKey("customer_key")
                || body.getValue("location_id") != null
                || (body.containsKey("connected_account_id")
                        && !workspace.connectedAccountId().equals(body.getValue("connected_account_id")));
        List<JsonObject> entrances = unsupportedFilter
                ? List.of()
                : workspace.entrancesJson(Bodies.string(body, "acs_system_id"),
                        Bodies.string(body, "acs_credential_id"), ids, Bodies.string(body, "search"));
        return Pages.page("acs_entrances", entrances, body, 900, pageUrl);
    }

    public JsonObject getAccessGroup(JsonObject body) {
        return new JsonObject().put("acs_access_group",
                workspace.accessGroupJson(Bodies.string(body, "acs_access_group_id")));
    }

    public JsonObject listAccessGroups(JsonObject body) {
        Bodies.refuseUserIdentity(body);
        List<JsonObject> groups = workspace.accessGroupsJson(Bodies.string(body, "acs_system_id"),
                Bodies.string(body, "acs_user_id"));
        return new JsonObject().put("acs_access_groups", new JsonArray(List.copyOf(groups)));
    }
}
