package io.credsync.simulator.seam.workspace;

import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * What an access system's brand ({@code acs_system.external_type}) calls its users, credentials and access groups,
 * as far as Seam's enums name them. Only brands with a credential type are offered.
 */
public final class ExternalTypes {

    public static final String DEFAULT_SYSTEM_TYPE = "pti_site";

    record Brand(String displayName, String userType, String credentialType, String accessGroupType) {
    }

    private static final Map<String, Brand> BRANDS = Map.of(
            "pti_site", new Brand("PTI Site", "pti_user", "pti_card", "pti_access_level"),
            "brivo_account", new Brand("Brivo Account", "brivo_user", "brivo_credential", "brivo_group"),
            "salto_ks_site", new Brand("Salto KS Site", "salto_site_user", "salto_ks_credential",
                    "salto_ks_access_group"),
            "salto_space_system", new Brand("Salto Space System", "salto_space_user", "salto_space_key",
                    "salto_space_group"),
            "hid_credential_manager_organization", new Brand("HID Credential Manager Organization",
                    "hid_credential_manager_user", "hid_credential", null),
            "visionline_system", new Brand("Visionline System", null, "visionline_card", null),
            "latch_building", new Brand("Latch Building", "latch_user", "latch_access", null));

    private static final Set<String> ACRONYMS = Set.of("pti", "hid", "ks");

    private ExternalTypes() {
    }

    public static Set<String> systemTypes() {
        return BRANDS.keySet();
    }

    static Brand brand(String systemType) {
        return BRANDS.getOrDefault(systemType, BRANDS.get(DEFAULT_SYSTEM_TYPE));
    }

    static String displayName(String type) {
        StringBuilder name = new StringBuilder();
        for (String word : type.split("_")) {
            if (!name.isEmpty()) {
                name.append(' ');
            }
            if (ACRONYMS.contains(word)) {
                name.append(word.toUpperCase(Locale.ROOT));
            } else {
                name.append(Character.toUpperCase(word.charAt(0))).append(word.substring(1));
            }
        }
        return name.toString();
    }
}
