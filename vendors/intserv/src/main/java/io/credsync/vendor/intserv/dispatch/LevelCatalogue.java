package io.credsync.vendor.intserv.dispatch;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import io.credsync.vendor.intserv.api.AccessLevel;
import io.credsync.vendor.intserv.api.IntServClient;
import io.credsync.vendor.spi.VendorFailure;

/**
 * The account's access levels, read once per conversation ({@code /v1/accesslevels/list}) and only when a key is to
 * be written. A grant's levels must exist and belong to the target's access system: an unknown level would be
 * refused by IntServ, and one of another system would leave the target's system without the key while the event side
 * waited for it there.
 */
final class LevelCatalogue {

    private final IntServClient client;
    private Map<String, AccessLevel> levels;

    LevelCatalogue(IntServClient client) {
        this.client = client;
    }

    void check(List<String> wanted, String systemId) throws KeyRefused, VendorFailure {
        if (levels == null) {
            levels = client.accessLevels().stream()
                    .collect(Collectors.toMap(AccessLevel::id, Function.identity(), (a, b) -> a));
        }
        for (String id : wanted) {
            AccessLevel level = levels.get(id);
            if (level == null) {
                throw new KeyRefused("intserv.access_level.unknown", "access level " + id
                        + " does not exist at IntServ (POST /v1/accesslevels/list)");
            }
            if (!systemId.equals(level.systemId())) {
                throw new KeyRefused("intserv.access_level.other_system", "access level " + id
                        + " belongs to access system " + level.systemId() + ", not to the target's " + systemId);
            }
        }
    }
}
