package io.credsync.vendor.jetstream.dispatch;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
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
 */
public class JetstreamAdapter implements VendorAdapter {

    private final JetstreamClient client;
    private final ValueCipher cipher;

    public JetstreamAdapter(VendorHttp http, ValueCipher cipher) {
        this.client = new JetstreamClient(http);
        this.cipher = cipher;
    }

    @Override
    public Vendor vendor() {
        return Vendor.JETSTREAM;
    }

    @Override
    public TargetResult apply(TargetWork work, VendorConnection connection) throws VendorFailure {
        String device = work.address().address();
        List<String> desired = desiredList(work.all());
        int calls = 0;
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
        return new TargetResult(results(work.pending(), sync), calls);
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

    private static List<SlotResult> results(List<Slot> pending, JetstreamClient.SyncResponse sync)
            throws VendorFailure {
        var refs = sync.commandId() == null
                ? Map.<String, String>of()
                : Map.of(JetstreamRefs.COMMAND_ID, sync.commandId());
        SyncPhase phase;
        if ("Completed".equalsIgnoreCase(sync.status()) && sync.exceptions().isEmpty()) {
            phase = SyncPhase.APPLIED;
        } else if ("Queued".equalsIgnoreCase(sync.status()) || "Pending".equalsIgnoreCase(sync.status())) {
            phase = SyncPhase.QUEUED_ON_DEVICE;
        } else if (!sync.exceptions().isEmpty()) {
            throw VendorFailure.permanent("sync_exception", String.join("; ", sync.exceptions()));
        } else {
            phase = SyncPhase.ACCEPTED; // an unknown status: the command's events will tell
        }
        return pending.stream().map(slot -> SlotResult.of(slot.credentialId(), phase, refs)).toList();
    }
}
