package io.credsync.simulator.basip;

import java.math.BigInteger;
import java.time.Instant;

import io.vertx.core.json.JsonObject;

/**
 * One identifier on a panel, as the link API writes it.
 *
 * @param uid the panel's own id (a per-panel integer)
 * @param readValue for card and ukey, the number the panel's readers compare with a card (per its Wiegand mode);
 *        else null
 */
public record Identifier(int uid, String linkId, String type, String number, BigInteger readValue, String ownerName,
        String ownerType, String lock, ValidTime valid, String apartmentLinkId) {

    /** {@code valid.time}: permanent, or from/to in Unix seconds. */
    public record ValidTime(boolean permanent, Long from, Long to) {

        public static final ValidTime PERMANENT = new ValidTime(true, null, null);

        /** Whether a reader lets the identifier in at {@code now}. */
        public boolean admits(Instant now) {
            return permanent || (now.getEpochSecond() >= from && now.getEpochSecond() < to);
        }

        JsonObject toJson() {
            JsonObject time = new JsonObject().put("is_permanent", permanent);
            if (!permanent) {
                time.put("from", from).put("to", to);
            }
            return time;
        }
    }

    Identifier withUid(int newUid) {
        return new Identifier(newUid, linkId, type, number, readValue, ownerName, ownerType, lock, valid,
                apartmentLinkId);
    }

    /** The item as the link API reads it back. */
    public JsonObject toJson() {
        JsonObject json = new JsonObject()
                .put("uid", uid)
                .put("link_id", linkId)
                .put("identifier_owner", new JsonObject().put("name", ownerName).put("type", ownerType))
                .put("identifier_type", type)
                .put("identifier_number", number)
                .put("lock", lock)
                .put("valid", new JsonObject().put("time", valid.toJson()));
        if (apartmentLinkId != null) {
            json.put("apartment_link_id", apartmentLinkId);
        }
        return json;
    }
}
