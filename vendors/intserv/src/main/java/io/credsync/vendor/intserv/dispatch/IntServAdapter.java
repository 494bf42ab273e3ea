package io.credsync.vendor.intserv.dispatch;

import java.sql.SQLException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import io.credsync.model.Vendor;
import io.credsync.model.command.Presence;
import io.credsync.model.crypto.ValueCipher;
import io.credsync.model.outcome.SyncPhase;
import io.credsync.vendor.intserv.IntServRefs;
import io.credsync.vendor.intserv.api.IntServClient;
import io.credsync.vendor.spi.VendorConnection;
import io.credsync.vendor.spi.VendorFailure;
import io.credsync.vendor.spi.VendorHttp;
import io.credsync.vendor.spi.dispatch.Slot;
import io.credsync.vendor.spi.dispatch.SlotResult;
import io.credsync.vendor.spi.dispatch.TargetResult;
import io.credsync.vendor.spi.dispatch.TargetWork;
import io.credsync.vendor.spi.dispatch.VendorAdapter;

/**
 * A target is one access control system of an IntServ account; a credential is one access key on the account,
 * shared by its targets, holding the union of their access levels. IntServ answers {@code add} and {@code remove} at
 * once and brings its systems along later, so a written key is {@code accepted} with its refs, and the event side
 * polls its status until the target's system applied it. Each slot is its own call; a refusal fails that slot only,
 * a vendor that does not answer ends the conversation (the core retries; what was answered stays answered).
 */
public class IntServAdapter implements VendorAdapter {

    private final VendorHttp http;
    private final KeyLedger ledger;
    private final KeyShape shapes;

    public IntServAdapter(VendorHttp http, KeyLedger ledger, ValueCipher cipher, Clock clock) {
        this.http = http;
        this.ledger = ledger;
        this.shapes = new KeyShape(cipher, clock);
    }

    @Override
    public Vendor vendor() {
        return Vendor.INTSERV;
    }

    @Override
    public TargetResult apply(TargetWork work, VendorConnection connection) throws VendorFailure {
        var client = new IntServClient(http, connection);
        var sync = new KeySync(client, ledger, shapes, new LevelCatalogue(client), connection.id(),
                work.address().address());
        Map<UUID, SlotResult> results = new LinkedHashMap<>();
        for (Slot slot : work.pending()) {
            try {
                results.put(slot.credentialId(), slot.desired().desired().presence() == Presence.ABSENT
                        ? sync.remove(slot)
                        : sync.write(slot));
            } catch (KeyRefused refused) {
                results.put(slot.credentialId(), SlotResult.failed(slot.credentialId(), refused.code(),
                        refused.getMessage()));
            } catch (SQLException e) {
                return stopped(work, results, client.calls(), new VendorFailure(VendorFailure.Kind.AMBIGUOUS,
                        "state_unavailable", "the dispatcher's own database failed mid-conversation", null, e));
            } catch (VendorFailure failure) {
                if (refusedThisKey(failure)) {
                    results.put(slot.credentialId(), SlotResult.failed(slot.credentialId(), failure.code(),
                            failure.vendorMessage()));
                    continue;
                }
                return stopped(work, results, client.calls(), failure);
            }
        }
        return new TargetResult(new ArrayList<>(results.values()), client.calls());
    }

    /** A 400 or 404: IntServ refused this key's request; the other slots are still worth sending. */
    private static boolean refusedThisKey(VendorFailure failure) {
        return failure.kind() == VendorFailure.Kind.PERMANENT
                && (failure.httpStatus() == 400 || failure.httpStatus() == 404);
    }

    /**
     * A refusal of the whole account (401, 403) fails the slots still open, keeping what was answered; no answer leaves
     * them to the core's retry, keeping what was answered too.
     */
    private static TargetResult stopped(TargetWork work, Map<UUID, SlotResult> results, int calls,
            VendorFailure failure) throws VendorFailure {
        if (failure.kind() == VendorFailure.Kind.PERMANENT) {
            for (Slot slot : work.pending()) {
                results.putIfAbsent(slot.credentialId(), SlotResult.failed(slot.credentialId(), failure.code(),
                        failure.vendorMessage()));
            }
            return new TargetResult(new ArrayList<>(results.values()), calls);
        }
        if (results.isEmpty()) {
            throw failure;
        }
        return new TargetResult(new ArrayList<>(results.values()), calls, failure);
    }

    /** The refs of an accepted key: what the event side needs to poll it, and what the registry shows. */
    static SlotResult accepted(UUID credential, String keyId, String personId, String systemId, String connectionId) {
        Map<String, String> refs = new LinkedHashMap<>();
        refs.put(IntServRefs.KEY_ID, keyId);
        if (personId != null) {
            refs.put(IntServRefs.PERSON_ID, personId);
        }
        refs.put(IntServRefs.SYSTEM_ID, systemId);
        refs.put(IntServRefs.CONNECTION_ID, connectionId);
        Map<String, String> reported = new LinkedHashMap<>(refs);
        reported.put(IntServRefs.AWAITING, IntServRefs.AWAITING_PROPAGATION);
        return new SlotResult(credential, SyncPhase.ACCEPTED, refs, reported, null, null);
    }
}
