package io.credsync.vendor.basip.dispatch;

import java.net.URI;

import io.credsync.model.command.TargetAddress;
import io.credsync.model.validation.BasIpRules;
import io.credsync.vendor.spi.VendorConnection;

/**
 * One panel as a target: its base URL (the target's address; the registry checks it is http(s)) and how it reads
 * numbers: the target's {@code wiegand_mode}, else the connection's option of the same name (one setting for a
 * site whose panels all read alike), else unknown.
 */
record PanelTarget(URI url, String wiegandMode, String ownerType) {

    static final String OWNER_TYPE = "owner_type";

    static PanelTarget of(TargetAddress address, VendorConnection connection) {
        String mode = address.settings().getOrDefault(BasIpRules.WIEGAND_MODE,
                connection.options().get(BasIpRules.WIEGAND_MODE));
        return new PanelTarget(URI.create(address.address().replaceAll("/+$", "")), mode,
                connection.option(OWNER_TYPE, "owner"));
    }
}
