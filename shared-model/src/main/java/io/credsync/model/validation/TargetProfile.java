package io.credsync.model.validation;

import io.credsync.model.Vendor;
import io.credsync.model.command.TargetAddress;

/** A target as validation needs it: its id, vendor and vendor address/settings. */
public record TargetProfile(String targetId, Vendor vendor, TargetAddress address) {

    public String setting(String name) {
        return address == null ? null : address.settings().get(name);
    }

    public String addressValue() {
        return address == null ? null : address.address();
    }
}
