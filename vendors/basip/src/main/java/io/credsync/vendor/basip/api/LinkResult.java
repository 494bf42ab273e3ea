package io.credsync.vendor.basip.api;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * One entry of a link call's {@code result[]}: {@code extended_info} says what happened ({@code created},
 * {@code updated}, {@code deleted}, {@code entity_not_found}, {@code number_taken_by_another_identifier}, …; the
 * list varies by firmware).
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record LinkResult(@JsonProperty("link_id") String linkId, @JsonProperty("success") boolean success,
        @JsonProperty("extended_info") String extendedInfo) {
}
