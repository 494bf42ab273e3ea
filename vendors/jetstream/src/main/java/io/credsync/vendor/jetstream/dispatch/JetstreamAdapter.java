package io.credsync.vendor.jetstream.dispatch;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;

import io.credsync.model.Vendor;
import io.credsync.model.command.Presence;
import io.credsync.model.crypto.ValueCipher;
import io.credsync.model.outcome.SyncPhase;
import io.credsync.vendor.jetstream.JetstreamRefs;
import io.credsync.vendor.jetstream.api.JetstreamClient;
import io.credsync.vendor.spi.VendorConnection;
import io.credsync.vendor.spi.VendorFailure;
import io.credsync.vendor.spi.VendorHttp;
import io.credsync.vendor.spi.VendorSettings;
import io.credsync.vendor.spi.dispatch.Slot;
import io.credsync.vendor.spi.dispatch.SlotResult;
import io.credsync.vendor.spi.dispatch.TargetResult;
import io.credsync.vendor.spi.dispatch.TargetWork;
import io.credsync.vendor.spi.dispatch.VendorAdapter;

/**
 * A Jetstream device holds one pass list and changes only on sync. However many commands are pending for a device,
 * the adapter sends its whole desired list once ({@code PUT …/credentials/basic}) and syncs once: 1,000 changes to one
 * device are one PUT and one sync, and a repeat is harmless. After an ambiguous failure it reads the stored list back
 * and skips the PUT when it already holds.
 *
 * <p>
 * An offline device runs its queued syncs in order when it returns, each with the list it was queued with, and only
 * the newest list matters. So while the device has not taken a sync we queued ({@link JetstreamRefs#QUEUED_AT} on the
 * slots it carried; the device's last-sync time tells), later changes are held and the device is looked at again
 * every {@code offline-recheck-interval}: once it took the queued sync, one sync of the newest list carries them all.
 * A queued sync the device did not take within Jetstream's 24 h ({@code queue-timeout}) has timed out
 * ({@code CommandTimedOut}): the newest list is queued again by itself, so the device gets it once it is back.
 *
 * <p>
 * A sync carries every credential in the list, not only the pending ones: the slots whose version rode on an earlier
 * queued sync are reported again with it, so a credential the registry marked failed (its sync timed out) is
 * confirmed when a later full list reaches the device.
 */
public class JetstreamAdapter implements VendorAdapter {

    /** Jetstream times out a command the device has not received within 24 h. */
    static final Duration QUEUE_TIMEOUT = Duration.ofHours(24);
    static final Duration OFFLINE_RECHECK = Duration.ofSeconds(15);

    private final JetstreamClient client;
    private final ValueCipher cipher;
    private final VendorSettings settings;
    private final Clock clock;

    public JetstreamAdapter(VendorHttp http, ValueCipher cipher, VendorSettings settings, Clock clock) {
        this.client = new JetstreamClient(http);
        this.cipher = cipher;
        this.settings = settings;
        this.clock = clock;
    }

    @Override
    public Vendor vendor() {
        return Vendor.JETSTREAM;
    }

    @Override
    public TargetResult apply(TargetWork work, VendorConnection connection) throws VendorFailure {
        String device = work.address().address();
        Optional<Instant> queuedAt = work.all().stream()
                .map(slot -> slot.vendorRefs().get(JetstreamRefs.QUEUED_AT))
                .filter(at -> at != null)
                .map(Instant::parse)
                .min(Instant::compareTo);
        if (queuedAt.isEmpty()) {
            return work.pending().isEmpty() ? new TargetResult(List.of(), 0) : syncNewestList(work, connection, 0);
        }
        // Jetstream's times are whole seconds
        boolean taken = client.lastSync(connection, device)
                .map(last -> !last.isBefore(queuedAt.get().truncatedTo(ChronoUnit.SECONDS)))
                .orElse(false);
        if (!taken && clock.instant().isBefore(queuedAt.get().plus(queueTimeout()))) {
            return hold(work, queuedAt.get());
        }
        if (taken && work.pending().isEmpty()) {
            // the device ran the queued sync; its completion event reports what that sync carried
            return new TargetResult(forgetQueued(work), 1);
        }
        return syncNewestList(work, connection, 1);
    }

    /** A target due only because a sync is queued on its device: the same look as when a change arrives. */
    @Override
    public TargetResult recheck(TargetWork work, VendorConnection connection) throws VendorFailure {
        return apply(work, connection);
    }

    private TargetResult syncNewestList(TargetWork work, VendorConnection connection, int callsSoFar)
            throws VendorFailure {
        String device = work.address().address();
        List<String> desired = desiredList(work.all());
        int calls = callsSoFar;
        boolean alreadyStored = false;
        if (work.attempt() > 1) {
            calls++;
            alreadyStored = new TreeSet<>(client.storedList(connection, device)).equals(new TreeSet<>(desired));
        }
        if (!alreadyStored) {
            calls++;
            client.replaceStoredList(connection, device, desired);
        }
        calls++;
        var sync = client.sync(connection, device);
        SyncPhase phase = phase(sync);
        boolean queued = phase == SyncPhase.QUEUED_ON_DEVICE && sync.commandId() != null;
        Map<String, String> reported = sync.commandId() == null
                ? Map.of()
                : Map.of(JetstreamRefs.COMMAND_ID, sync.commandId());
        List<SlotResult> results = new ArrayList<>();
        for (Slot slot : work.all()) {
            // the pending slots, and those an earlier queued sync carried: this list carries them all
            if (slot.isPending() || slot.vendorRefs().containsKey(JetstreamRefs.QUEUED_AT)) {
                Map<String, String> kept = new HashMap<>(slot.vendorRefs());
                kept.remove(JetstreamRefs.QUEUED_AT);
                kept.remove(JetstreamRefs.HELD);
                kept.putAll(reported);
                if (queued) {
                    kept.put(JetstreamRefs.QUEUED_AT, clock.instant().toString());
                }
                results.add(SlotResult.of(slot.credentialId(), phase, kept).reporting(reported));
            }
        }
        var result = new TargetResult(results, calls);
        return queued ? result.recheckingIn(recheckInterval()) : result;
    }

    /**
     * The device has not taken the sync queued at {@code queuedAt}: pending changes wait for it, told so once, and
     * the device is looked at again.
     */
    private TargetResult hold(TargetWork work, Instant queuedAt) {
        List<SlotResult> results = new ArrayList<>();
        for (Slot slot : work.pending()) {
            if (!slot.vendorRefs().containsKey(JetstreamRefs.HELD)) {
                Map<String, String> refs = new HashMap<>(slot.vendorRefs());
                refs.put(JetstreamRefs.HELD, "true");
                results.add(new SlotResult(slot.credentialId(), SyncPhase.RETRYING, refs, Map.of(),
                        "device_offline", "the device has not taken the sync queued at " + queuedAt
                                + "; this change follows in one sync of the newest list once it has"));
            }
        }
        return new TargetResult(results, 1).recheckingIn(recheckInterval());
    }

    /** The queued sync reached the device: the slots it carried stop waiting for it (their refs only). */
    private static List<SlotResult> forgetQueued(TargetWork work) {
        List<SlotResult> results = new ArrayList<>();
        for (Slot slot : work.all()) {
            if (slot.vendorRefs().containsKey(JetstreamRefs.QUEUED_AT)) {
                Map<String, String> refs = new HashMap<>(slot.vendorRefs());
                refs.remove(JetstreamRefs.QUEUED_AT);
                results.add(SlotResult.inProgress(slot.credentialId(), refs));
            }
        }
        return results;
    }

    /** Every pass that should be on the device: present credentials of kind card (suspended means absent). */
    private List<String> desiredList(List<Slot> slots) {
        var passes = new TreeSet<String>();
        for (Slot slot : slots) {
            var desired = slot.desired().desired();
            if (desired.presence() == Presence.PRESENT && desired.value() != null) {
                passes.add(cipher.decrypt(desired.value(), slot.desired().envelopeContext()).reveal());
            }
        }
        return new ArrayList<>(passes);
    }

    private static SyncPhase phase(JetstreamClient.SyncResponse sync) throws VendorFailure {
        if ("Completed".equalsIgnoreCase(sync.status()) && sync.exceptions().isEmpty()) {
            return SyncPhase.APPLIED;
        }
        if ("Queued".equalsIgnoreCase(sync.status()) || "Pending".equalsIgnoreCase(sync.status())) {
            return SyncPhase.QUEUED_ON_DEVICE;
        }
        if (!sync.exceptions().isEmpty()) {
            throw VendorFailure.permanent("sync_exception", String.join("; ", sync.exceptions()));
        }
        return SyncPhase.ACCEPTED; // an unknown status: the command's events will tell
    }

    private Duration queueTimeout() {
        return settings.duration("queue-timeout", QUEUE_TIMEOUT);
    }

    private Duration recheckInterval() {
        return settings.duration("offline-recheck-interval", OFFLINE_RECHECK);
    }
}
