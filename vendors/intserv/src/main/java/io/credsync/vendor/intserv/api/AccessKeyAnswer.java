package io.credsync.vendor.intserv.api;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;

/** What {@code /v1/accesskeys/add} answers: the key's id and its person's (its spec is not kept: it is a secret). */
@JsonIgnoreProperties(ignoreUnknown = true)
public record AccessKeyAnswer(String id, @JsonProperty("access_levels") List<String> accessLevels, Person person) {

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Person(String id) {
    }

    public String personId() {
        return person == null ? null : person.id();
    }
}
