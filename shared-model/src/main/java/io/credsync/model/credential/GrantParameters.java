package io.credsync.model.credential;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;

import io.credsync.model.Vendor;
import io.credsync.model.json.CredsyncJson;

/**
 * Vendor-specific parameters of a grant, discriminated by {@code vendor} on the wire. A grant's vendor must match
 * its target's vendor.
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "vendor")
@JsonSubTypes({
        @JsonSubTypes.Type(value = GrantParameters.Jetstream.class, name = "jetstream"),
        @JsonSubTypes.Type(value = GrantParameters.Seam.class, name = "seam"),
        @JsonSubTypes.Type(value = GrantParameters.IntServ.class, name = "intserv"),
        @JsonSubTypes.Type(value = GrantParameters.BasIp.class, name = "basip"),
        @JsonSubTypes.Type(value = GrantParameters.Genetec.class, name = "genetec")
})
public sealed interface GrantParameters {

    Vendor vendor();

    /** Jetstream devices have one access list and no parameters. */
    @CredsyncJson
    record Jetstream() implements GrantParameters {
        @Override
        public Vendor vendor() {
            return Vendor.JETSTREAM;
        }
    }

    /** Seam: entrances (systems with entrances and schedules) or access groups (systems with groups). */
    @CredsyncJson
    record Seam(List<String> acsEntranceIds, List<String> acsAccessGroupIds) implements GrantParameters {
        public Seam {
            acsEntranceIds = acsEntranceIds == null ? List.of() : List.copyOf(acsEntranceIds);
            acsAccessGroupIds = acsAccessGroupIds == null ? List.of() : List.copyOf(acsAccessGroupIds);
        }

        @Override
        public Vendor vendor() {
            return Vendor.SEAM;
        }
    }

    /** IntServ: access level UUIDs (from /v1/accesslevels/list). */
    @CredsyncJson
    record IntServ(List<String> accessLevelIds) implements GrantParameters {
        public IntServ {
            accessLevelIds = accessLevelIds == null ? List.of() : List.copyOf(accessLevelIds);
        }

        @Override
        public Vendor vendor() {
            return Vendor.INTSERV;
        }
    }

    /** BAS-IP: which lock the identifier opens, and optionally the apartment it is bound to. */
    @CredsyncJson
    record BasIp(BasIpLock lock, String apartmentId) implements GrantParameters {
        @Override
        public Vendor vendor() {
            return Vendor.BASIP;
        }
    }

    /** Genetec Clearance: the device the secret is for. Serial number + manufacturer identify it and never change. */
    @CredsyncJson
    record Genetec(String serialNumber, String manufacturer, String model, String commonName, String deviceType)
            implements
                GrantParameters {
        @Override
        public Vendor vendor() {
            return Vendor.GENETEC;
        }
    }
}
