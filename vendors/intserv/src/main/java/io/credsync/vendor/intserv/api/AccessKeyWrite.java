package io.credsync.vendor.intserv.api;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * The body of {@code /v1/accesskeys/add}. Every field is sent, explicit {@code null}s included, so that an update
 * leaves nothing of an older version behind (the docs' update sample clears the PIN with {@code "pin": null}); only
 * {@code id}, {@code key} and {@code person} are left out when not used.
 */
public record AccessKeyWrite(
        @JsonInclude(JsonInclude.Include.NON_NULL) String id,
        @JsonInclude(JsonInclude.Include.NON_NULL) Key key,
        String pin,
        @JsonProperty("valid_from_date") String validFromDate,
        @JsonProperty("valid_to_date") String validToDate,
        @JsonProperty("access_levels") List<String> accessLevels,
        @JsonInclude(JsonInclude.Include.NON_NULL) Person person) {

    /** A key specification; {@code type} is {@code proximity} or {@code code}. */
    public record Key(String identification, String type) {

        @Override
        public String toString() {
            // the identification is a card number or a code
            return "Key[" + type + "]";
        }
    }

    /** An existing person by {@code id}, or a new one by name. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Person(String id, @JsonProperty("first_name") String firstName,
            @JsonProperty("last_name") String lastName) {
    }

    /** A create, or an update found by its key spec (a lost answer's repeat). */
    public static AccessKeyWrite bySpec(Key key, KeyFields fields, Person person) {
        return new AccessKeyWrite(null, key, fields.pin(), fields.validFrom(), fields.validTo(), fields.accessLevels(),
                person);
    }

    /** An update of a key IntServ already answered for. */
    public static AccessKeyWrite byId(String id, KeyFields fields) {
        return new AccessKeyWrite(id, null, fields.pin(), fields.validFrom(), fields.validTo(), fields.accessLevels(),
                null);
    }

    /** What a key should hold besides its spec. */
    public record KeyFields(String pin, String validFrom, String validTo, List<String> accessLevels) {

        public KeyFields {
            accessLevels = List.copyOf(accessLevels);
        }

        @Override
        public String toString() {
            return "KeyFields[pin " + (pin == null ? "none" : "set") + ", " + validFrom + ".." + validTo + ", "
                    + accessLevels + "]";
        }
    }

    @Override
    public String toString() {
        return "AccessKeyWrite[" + (id != null ? id : key) + "]";
    }
}
