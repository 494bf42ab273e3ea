package io.credsync.simulator.intserv;

import java.util.regex.Pattern;

import io.vertx.core.json.JsonObject;

/**
 * An access key specification ({@code key{identification,type}}), validated as the Access Keys overview describes:
 * proximity values are the raw CSN in decimal or {@code 0x} hex, or prefixed {@code EM:} (1–13 digits, 40-bit),
 * {@code MC:} Mifare Classic (1–10, 32-bit), {@code MD:} DESFire (1–17, 56-bit), composite keys joined by {@code |};
 * codes are decimal. Two specs are the same key when type and identification are equal as written.
 */
record KeySpec(String type, String identification) {

    static final String PROXIMITY = "proximity";
    static final String CODE = "code";

    private static final Pattern DECIMAL = Pattern.compile("[0-9]+");
    private static final Pattern HEX = Pattern.compile("0x[0-9A-Fa-f]+");

    static KeySpec read(Object raw) {
        if (!(raw instanceof JsonObject key)) {
            throw ApiException.invalid("InvalidKey", "key must be an object with identification and type");
        }
        String type = key.getValue("type") instanceof String t ? t : null;
        String identification = key.getValue("identification") instanceof String i ? i : null;
        if (!PROXIMITY.equals(type) && !CODE.equals(type)) {
            throw ApiException.invalid("InvalidKeyType", "key.type must be proximity or code");
        }
        if (identification == null || identification.isEmpty()) {
            throw ApiException.invalid("InvalidKeyIdentification", "key.identification is required");
        }
        if (CODE.equals(type) && !DECIMAL.matcher(identification).matches()) {
            throw ApiException.invalid("InvalidKeyIdentification", "a code is decimal digits");
        }
        if (PROXIMITY.equals(type)) {
            for (String part : identification.split("\\|", -1)) {
                if (!proximity(part)) {
                    throw ApiException.invalid("InvalidKeyIdentification",
                            "a proximity value is decimal, 0x hex, EM:(1-13), MC:(1-10) or MD:(1-17) digits");
                }
            }
        }
        return new KeySpec(type, identification);
    }

    private static boolean proximity(String value) {
        if (value.startsWith("EM:")) {
            return digits(value.substring(3), 13, 40);
        }
        if (value.startsWith("MC:")) {
            return digits(value.substring(3), 10, 32);
        }
        if (value.startsWith("MD:")) {
            return digits(value.substring(3), 17, 56);
        }
        return DECIMAL.matcher(value).matches() || HEX.matcher(value).matches();
    }

    /** 1..max decimal digits whose value fits the format's bits. */
    private static boolean digits(String value, int max, int bits) {
        return DECIMAL.matcher(value).matches() && value.length() <= max
                && new java.math.BigInteger(value).bitLength() <= bits;
    }

    JsonObject toJson() {
        return new JsonObject().put("identification", identification).put("type", type);
    }
}
