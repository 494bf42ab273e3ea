package io.credsync.model;

import java.util.Arrays;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/** The access-control vendors credsync dispatches to. The id appears in topic names and JSON. */
public enum Vendor {
    JETSTREAM("jetstream"), SEAM("seam"), INTSERV("intserv"), GENETEC("genetec"), BASIP("basip");

    private final String id;

    Vendor(String id) {
        this.id = id;
    }

    @JsonValue
    public String id() {
        return id;
    }

    @JsonCreator
    public static Vendor fromId(String id) {
        return Arrays.stream(values())
                .filter(v -> v.id.equalsIgnoreCase(id))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("unknown vendor '" + id + "'"));
    }
}
