package io.credsync.simulator.jetstream;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

import io.vertx.core.buffer.Buffer;
import io.vertx.core.json.DecodeException;
import io.vertx.core.json.Json;
import io.vertx.core.json.JsonArray;

/** The documented input rules: DeviceName and basic credentials (passes). Violations are 400. */
final class CredentialRules {

    static final int MAX_DEVICE_NAME_LENGTH = 128;
    /** As documented: {@code ^[a-zA-Z0-9-_,. ]*$} (which admits only ASCII). */
    private static final Pattern DEVICE_NAME = Pattern.compile("^[a-zA-Z0-9\\-_,. ]*$");
    private static final Pattern HEX = Pattern.compile("[0-9A-Fa-f]{10,40}");
    private static final Pattern UPPER_CASE_HEX = Pattern.compile("[0-9A-F]{10,40}");

    private CredentialRules() {
    }

    /** For the Java and control APIs: the same rule, as an {@link IllegalArgumentException}. */
    static String validDeviceName(String name) {
        try {
            return deviceName(name);
        } catch (ApiException e) {
            throw new IllegalArgumentException(e.getMessage());
        }
    }

    static String deviceName(String name) {
        if (name == null || name.isEmpty()) {
            throw new ApiException(400, "The DeviceName field is required.");
        }
        if (name.length() > MAX_DEVICE_NAME_LENGTH) {
            throw new ApiException(400, "The field DeviceName must be a string with a maximum length of "
                    + MAX_DEVICE_NAME_LENGTH + ".");
        }
        if (!DEVICE_NAME.matcher(name).matches()) {
            throw new ApiException(400,
                    "The field DeviceName must match the regular expression '^[a-zA-Z0-9-_,. ]*$'.");
        }
        return name;
    }

    /**
     * A JSON array of credentials, each 10–40 hex digits. On create, letters must be upper case (documented); on
     * modify and delete the case is not documented, so either is accepted and values are upper-cased (inference).
     */
    static List<String> credentials(Buffer body, boolean create) {
        List<String> credentials = new ArrayList<>();
        for (Object value : jsonArray(body)) {
            if (!(value instanceof String credential) || !HEX.matcher(credential).matches()) {
                throw new ApiException(400, "Each credential must be a string of 10 to 40 hexadecimal digits: "
                        + value + ".");
            }
            if (create && !UPPER_CASE_HEX.matcher(credential).matches()) {
                throw new ApiException(400, "Any letters in a credential must be upper case: " + credential + ".");
            }
            credentials.add(credential.toUpperCase(Locale.ROOT));
        }
        return credentials;
    }

    static JsonArray jsonArray(Buffer body) {
        if (body.length() == 0 || !(decode(body) instanceof JsonArray array)) {
            throw new ApiException(400, "The request body must be a JSON array.");
        }
        return array;
    }

    static Object decode(Buffer body) {
        try {
            return Json.decodeValue(body);
        } catch (DecodeException e) {
            throw new ApiException(400, "The request body is not valid JSON.");
        }
    }
}
