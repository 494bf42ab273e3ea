package io.credsync.vendor.spi.dispatch;

import java.util.Map;
import java.util.UUID;

import io.credsync.model.command.SyncCommand;

/** One credential on one target: its latest desired state and what the vendor is known to hold. */
public record Slot(UUID credentialId, SyncCommand desired, Long appliedVersion, Long failedVersion,
        Map<String, String> vendorRefs) {

    public Slot {
        vendorRefs = vendorRefs == null ? Map.of() : Map.copyOf(vendorRefs);
    }

    public boolean isPending() {
        return (appliedVersion == null || appliedVersion < desired.version())
                && (failedVersion == null || failedVersion < desired.version());
    }
}
