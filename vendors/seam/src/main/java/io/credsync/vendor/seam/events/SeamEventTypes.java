package io.credsync.vendor.seam.events;

import java.util.Set;

/**
 * Which Seam event types matter. The four {@code acs_credential.*} types trigger a read-back; other types of Seam's
 * event catalogue (families as listed by {@code @seamapi/types} 1.721.0) are accepted and ignored; anything else is
 * unknown and goes to the dead-letter topic so that a human notices.
 */
public final class SeamEventTypes {

    public enum Kind {
        CREDENTIAL, IGNORED, UNKNOWN
    }

    public static final Set<String> CREDENTIAL = Set.of("acs_credential.issued", "acs_credential.reissued",
            "acs_credential.invalidated", "acs_credential.deleted");

    private static final Set<String> IGNORED_FAMILIES = Set.of("access_code", "access_grant", "access_method",
            "acs_access_group", "acs_encoder", "acs_entrance", "acs_system", "acs_user", "action_attempt",
            "client_session", "connect_webview", "connected_account", "device", "enrollment_automation", "lock",
            "noise_sensor", "phone", "space", "thermostat");

    private SeamEventTypes() {
    }

    public static Kind classify(String eventType) {
        if (eventType == null) {
            return Kind.UNKNOWN;
        }
        if (CREDENTIAL.contains(eventType)) {
            return Kind.CREDENTIAL;
        }
        int dot = eventType.indexOf('.');
        return dot > 0 && IGNORED_FAMILIES.contains(eventType.substring(0, dot)) ? Kind.IGNORED : Kind.UNKNOWN;
    }
}
