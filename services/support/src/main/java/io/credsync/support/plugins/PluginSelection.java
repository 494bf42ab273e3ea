package io.credsync.support.plugins;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import io.credsync.model.Vendor;
import io.credsync.vendor.spi.VendorPlugin;

/**
 * Which installed vendor plug-ins one runtime process runs: {@code all}, or a comma-separated list of vendor ids (one
 * Deployment per vendor in Kubernetes). Naming a vendor that is not installed stops the start with the list of those
 * that are, rather than running without it.
 */
public final class PluginSelection {

    private PluginSelection() {
    }

    public static List<VendorPlugin> select(String setting, List<VendorPlugin> installed) {
        Set<Vendor> seen = new LinkedHashSet<>();
        for (VendorPlugin plugin : installed) {
            if (!seen.add(plugin.vendor())) {
                throw new IllegalStateException(
                        "two plug-ins for vendor " + plugin.vendor().id() + " on the class path");
            }
        }
        String installedIds = seen.stream().map(Vendor::id).collect(Collectors.joining(", "));
        String value = setting == null ? "all" : setting.trim();
        if (value.isEmpty() || value.equalsIgnoreCase("all")) {
            return installed;
        }
        Set<Vendor> wanted = new LinkedHashSet<>();
        for (String id : value.split(",")) {
            Vendor vendor;
            try {
                vendor = Vendor.fromId(id.trim());
            } catch (IllegalArgumentException e) {
                throw new IllegalStateException("vendors setting '" + value + "': " + e.getMessage()
                        + "; installed: " + installedIds);
            }
            if (!seen.contains(vendor)) {
                throw new IllegalStateException("vendor " + vendor.id() + " is selected but not installed; installed: "
                        + installedIds);
            }
            wanted.add(vendor);
        }
        return installed.stream().filter(p -> wanted.contains(p.vendor())).toList();
    }

    /** The ids, for logs and health. */
    public static String ids(List<VendorPlugin> plugins) {
        return plugins.stream().map(p -> p.vendor().id()).collect(Collectors.joining(","));
    }
}
