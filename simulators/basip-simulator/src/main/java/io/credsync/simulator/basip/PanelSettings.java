package io.credsync.simulator.basip;

import io.vertx.core.json.JsonObject;

/**
 * How one simulated panel behaves.
 *
 * @param wiegandMode how its readers read numbers
 * @param faceIdSupported false: {@code face_id} identifiers are refused ({@code face_id_not_supported})
 * @param maxIdentifiers beyond this, new identifiers are refused ({@code number_of_identifiers_exceeded})
 * @param errorShape android or door-controller error bodies
 * @param administrator false: the account logs in but every API call answers 403
 * @param password the admin password (the client sends its MD5)
 */
public record PanelSettings(WiegandMode wiegandMode, boolean faceIdSupported, int maxIdentifiers,
        ErrorShape errorShape, boolean administrator, String password) {

    public static PanelSettings defaults(String password) {
        return new PanelSettings(WiegandMode.DECIMAL, true, 1000, ErrorShape.ANDROID, true, password);
    }

    /** These settings with the fields {@code json} sets (the control API's names). */
    public PanelSettings with(JsonObject json) {
        return new PanelSettings(
                json.containsKey("wiegand_mode") ? WiegandMode.of(json.getString("wiegand_mode")) : wiegandMode,
                json.getBoolean("face_id_supported", faceIdSupported),
                json.getInteger("max_identifiers", maxIdentifiers),
                json.containsKey("error_shape") ? ErrorShape.of(json.getString("error_shape")) : errorShape,
                json.getBoolean("administrator", administrator),
                json.getString("password", password));
    }

    /** Without the password. */
    JsonObject toJson() {
        return new JsonObject()
                .put("wiegand_mode", wiegandMode.id())
                .put("face_id_supported", faceIdSupported)
                .put("max_identifiers", maxIdentifiers)
                .put("error_shape", errorShape.id())
                .put("administrator", administrator);
    }
}
