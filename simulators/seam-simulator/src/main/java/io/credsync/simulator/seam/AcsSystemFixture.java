package io.credsync.simulator.seam;

import java.util.Map;
import java.util.NoSuchElementException;

import io.vertx.core.json.JsonObject;

/**
 * An access system created through the control API, with its entrances and access groups by name (ids are UUIDs).
 */
public record AcsSystemFixture(String acsSystemId, String name, String externalType, String connectedAccountId,
        Map<String, String> entranceIds, Map<String, String> accessGroupIds) {

    public String entranceId(String displayName) {
        return lookup(entranceIds, displayName, "entrance");
    }

    public String accessGroupId(String name) {
        return lookup(accessGroupIds, name, "access group");
    }

    public JsonObject toJson() {
        return new JsonObject()
                .put("acs_system_id", acsSystemId)
                .put("name", name)
                .put("external_type", externalType)
                .put("connected_account_id", connectedAccountId)
                .put("acs_entrance_ids", byName(entranceIds))
                .put("acs_access_group_ids", byName(accessGroupIds));
    }

    private static JsonObject byName(Map<String, String> ids) {
        JsonObject json = new JsonObject();
        ids.forEach(json::put);
        return json;
    }

    private String lookup(Map<String, String> ids, String name, String what) {
        String id = ids.get(name);
        if (id == null) {
            throw new NoSuchElementException("no " + what + " named " + name + " in " + this.name);
        }
        return id;
    }
}
