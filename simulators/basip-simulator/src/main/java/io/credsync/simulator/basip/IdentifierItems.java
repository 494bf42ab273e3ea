package io.credsync.simulator.basip;

import java.util.Set;
import java.util.regex.Pattern;

import io.vertx.core.json.JsonObject;

/**
 * Reads one {@code list_items[]} entry in the documented order ("Create Identifier Entity"): a missing or garbled
 * field refuses the whole request (400, "Wrong JSON body: no value for `…`"); a number that does not fit its type,
 * or a window whose end is not after its start, refuses only that item ({@link ItemRefused}, its
 * {@code extended_info}).
 */
final class IdentifierItems {

    static final Set<String> TYPES = Set.of("card", "ukey", "inputCode", "face_id", "qr", "license_plate");
    private static final Set<String> OWNER_TYPES = Set.of("owner", "guest");
    private static final Set<String> LOCKS = Set.of("first", "second", "all");
    private static final Pattern CARD = Pattern.compile("[0-9]{1,10}|([0-9A-Fa-f]{2}[:-]){1,7}[0-9A-Fa-f]{2}");
    private static final Pattern DECIMAL = Pattern.compile("[0-9]{1,10}");
    private static final Pattern UUID = Pattern.compile(
            "[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");
    private static final Pattern BASE64 = Pattern.compile("[A-Za-z0-9+/]+={0,2}");
    private static final int NAME_MAX = 100;

    /** One item refused on its own, with the panel's {@code extended_info}. */
    static final class ItemRefused extends RuntimeException {

        private final String extendedInfo;

        ItemRefused(String extendedInfo) {
            super(extendedInfo, null, false, false);
            this.extendedInfo = extendedInfo;
        }

        String extendedInfo() {
            return extendedInfo;
        }
    }

    private IdentifierItems() {
    }

    /** The item as a new identifier (uid 0: the panel assigns it). */
    static Identifier read(Object raw, WiegandMode mode) {
        if (!(raw instanceof JsonObject item)) {
            throw PanelException.wrongBody("list_items");
        }
        JsonObject owner = object(item, "identifier_owner");
        String name = text(owner, "name");
        if (name.isBlank() || name.length() > NAME_MAX) {
            throw PanelException.notValid("name", "Owner name must be 1-" + NAME_MAX + " characters");
        }
        String ownerType = oneOf(owner, "type", OWNER_TYPES);
        String type = oneOf(item, "identifier_type", TYPES);
        String number = text(item, "identifier_number");
        String lock = oneOf(item, "lock", LOCKS);
        Identifier.ValidTime valid = valid(item);
        String linkId = text(item, "link_id");
        if (linkId.isBlank()) {
            throw PanelException.wrongBody("link_id");
        }
        String apartment = item.getValue("apartment_link_id") instanceof String s ? s : null;
        checkNumber(type, number);
        var readValue = type.equals("card") || type.equals("ukey") ? mode.read(number) : null;
        return new Identifier(0, linkId, type, number, readValue, name, ownerType, lock, valid, apartment);
    }

    private static void checkNumber(String type, String number) {
        boolean fits = switch (type) {
            case "card", "ukey" -> CARD.matcher(number).matches();
            case "inputCode" -> DECIMAL.matcher(number).matches();
            case "qr" -> UUID.matcher(number).matches();
            case "face_id" -> BASE64.matcher(number).matches();
            default -> !number.isEmpty() && number.length() <= 100; // license_plate
        };
        if (!fits) {
            throw new ItemRefused("invalid_identifier_number");
        }
    }

    private static Identifier.ValidTime valid(JsonObject item) {
        if (!item.containsKey("valid")) {
            return Identifier.ValidTime.PERMANENT;
        }
        JsonObject time = object(object(item, "valid"), "time");
        if (!(time.getValue("is_permanent") instanceof Boolean permanent)) {
            throw PanelException.wrongBody("is_permanent");
        }
        if (permanent) {
            return Identifier.ValidTime.PERMANENT;
        }
        long from = seconds(time, "from");
        long to = seconds(time, "to");
        if (to <= from) {
            throw new ItemRefused("invalid_time_rules_settings"); // android words it "Date from must be greater than to"
        }
        return new Identifier.ValidTime(false, from, to);
    }

    private static long seconds(JsonObject json, String field) {
        if (!(json.getValue(field) instanceof Number n) || n.longValue() < 0) {
            throw PanelException.wrongBody(field);
        }
        return n.longValue();
    }

    private static JsonObject object(JsonObject json, String field) {
        if (!(json.getValue(field) instanceof JsonObject object)) {
            throw PanelException.wrongBody(field);
        }
        return object;
    }

    private static String text(JsonObject json, String field) {
        if (!(json.getValue(field) instanceof String text)) {
            throw PanelException.wrongBody(field);
        }
        return text;
    }

    private static String oneOf(JsonObject json, String field, Set<String> allowed) {
        String value = text(json, field);
        if (!allowed.contains(value)) {
            throw PanelException.notValid(field, "Wrong value of `" + field + "`: " + value);
        }
        return value;
    }
}
