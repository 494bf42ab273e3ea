package io.credsync.ingest.outcomes;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import io.credsync.ingest.vendors.HostedVendor;
import io.credsync.model.outcome.SyncOutcome;

/**
 * Which hosted event sides an outcome is for. The dispatcher reports as {@code dispatcher-<vendor id>}, and
 * {@code vendor_refs} keys are namespaced by vendor id ({@code jetstream.command_id}, {@code seam.acs_credential_id});
 * an outcome that says neither goes to every side, each of which ignores what it does not know.
 */
final class OutcomeVendors {

    private OutcomeVendors() {
    }

    static List<HostedVendor> sidesFor(SyncOutcome outcome, List<HostedVendor> hosted) {
        String source = outcome.source();
        if (source != null && source.startsWith(SyncOutcome.DISPATCHER_SOURCE_PREFIX)) {
            String vendor = source.substring(SyncOutcome.DISPATCHER_SOURCE_PREFIX.length());
            return hosted.stream().filter(h -> h.vendor().id().equals(vendor)).toList();
        }
        Set<String> named = outcome.vendorRefs().keySet().stream()
                .filter(key -> key.indexOf('.') > 0)
                .map(key -> key.substring(0, key.indexOf('.')))
                .collect(Collectors.toSet());
        var matching = hosted.stream().filter(h -> named.contains(h.vendor().id())).toList();
        return named.isEmpty() ? hosted : matching;
    }
}
