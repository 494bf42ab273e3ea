package io.credsync.vendor.basip.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * One {@code list_items[]} entry of {@code POST /access/identifier/items/link}: the identifier as the panel should
 * hold it under our {@code link_id}. Its {@code identifier_number} is a credential value: never log an item.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record IdentifierItem(
        @JsonProperty("link_id") String linkId,
        @JsonProperty("identifier_owner") Owner owner,
        @JsonProperty("identifier_type") String type,
        @JsonProperty("identifier_number") String number,
        @JsonProperty("lock") String lock,
        @JsonProperty("valid") Valid valid,
        @JsonProperty("apartment_link_id") String apartmentLinkId) {

    /** {@code type}: owner or guest. */
    public record Owner(@JsonProperty("name") String name, @JsonProperty("type") String type) {
    }

    public record Valid(@JsonProperty("time") Time time) {
    }

    /** Unix seconds; {@code from}/{@code to} only when not permanent. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Time(@JsonProperty("is_permanent") boolean permanent, @JsonProperty("from") Long from,
            @JsonProperty("to") Long to) {
    }

    @Override
    public String toString() {
        return "IdentifierItem[" + linkId + ", " + type + "]"; // never the number
    }
}
