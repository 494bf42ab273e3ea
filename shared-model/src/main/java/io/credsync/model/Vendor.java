package io.credsync.model;

import java.util.Arrays;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/** The access-control vendors credsync dispatches to. The id appears in topic names and JSON. */
public enum Vendor {
    // @formatter:off
    /** A device's pass list has no windows: the registry sends presence and absence at the window's edges. */
    JETSTREAM("jetstream", false),
    SEAM("seam", true),
    INTSERV("intserv", true),
    /** Window support is not documented: treated like Jetstream. */
    GENETEC("genetec", false),
    BASIP("basip", true);
    // @formatter:on

    private final String id;
    private final boolean enforcesValidityWindow;

    Vendor(String id, boolean enforcesValidityWindow) {
        this.id = id;
        this.enforcesValidityWindow = enforcesValidityWindow;
    }

    @JsonValue
    public String id() {
        return id;
    }

    /** True when the vendor takes starts_at/ends_at and enforces them itself. */
    public boolean enforcesValidityWindow() {
        return enforcesValidityWindow;
    }

    @JsonCreator
    public static Vendor fromId(String id) {
        return Arrays.stream(values())
                .filter(v -> v.id.equalsIgnoreCase(id))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("unknown vendor '" + id + "'"));
    }
}
