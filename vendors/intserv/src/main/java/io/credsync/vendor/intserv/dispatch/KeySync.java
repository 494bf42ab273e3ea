package io.credsync.vendor.intserv.dispatch;

import java.sql.SQLException;
import java.util.Map;

import io.credsync.model.command.SyncCommand;
import io.credsync.model.outcome.SyncPhase;
import io.credsync.vendor.intserv.IntServRefs;
import io.credsync.vendor.intserv.api.AccessKeyAnswer;
import io.credsync.vendor.intserv.api.AccessKeyWrite;
import io.credsync.vendor.intserv.api.IntServClient;
import io.credsync.vendor.spi.VendorFailure;
import io.credsync.vendor.spi.dispatch.Slot;
import io.credsync.vendor.spi.dispatch.SlotResult;

/**
 * One target's slots against one account: write a key (create, update by id, or adopt the key a lost answer
 * created) or take the target's levels off it.
 *
 * <p>
 * Lost answers: an {@code add} without {@code id} whose key spec IntServ already holds updates that key and answers
 * its id and person (IntServ ignores {@code person} on an update), so whenever the ledger does not hold a key for the
 * credential's current spec, the add by spec is both the write and the read-back: a retry after a lost create adopts
 * the key and its person instead of creating a second of either.
 */
final class KeySync {

    private final IntServClient client;
    private final KeyLedger ledger;
    private final KeyShape shapes;
    private final LevelCatalogue levels;
    private final String connectionId;
    private final String systemId;

    KeySync(IntServClient client, KeyLedger ledger, KeyShape shapes, LevelCatalogue levels, String connectionId,
            String systemId) {
        this.client = client;
        this.ledger = ledger;
        this.shapes = shapes;
        this.levels = levels;
        this.connectionId = connectionId;
        this.systemId = systemId;
    }

    SlotResult write(Slot slot) throws KeyRefused, VendorFailure, SQLException {
        SyncCommand command = slot.desired();
        var shaped = shapes.of(command);
        levels.check(shaped.targetLevels(), systemId);
        var scope = scope(command);
        ledger.grant(scope, command.targetId(), shaped.targetLevels());
        try {
            var holder = command.desired().holder();
            if (holder != null && holder.holderId() != null
                    && ledger.person(command.tenant(), connectionId, holder.holderId()).isEmpty()) {
                // the holder's first key: one conversation at a time, so that one person is created
                return ledger.forHolder(command.tenant(), connectionId, holder.holderId(),
                        () -> write(command, shaped, scope));
            }
            return write(command, shaped, scope);
        } catch (VendorFailure failure) {
            if (failure.kind() == VendorFailure.Kind.PERMANENT) {
                // refused: this target grants nothing, the credential's other targets must not write its levels
                ledger.revoke(scope, command.targetId());
            }
            throw failure;
        }
    }

    private SlotResult write(SyncCommand command, KeyShape.Shaped shaped, KeyLedger.Scope scope)
            throws VendorFailure, SQLException {
        var fields = new AccessKeyWrite.KeyFields(null, shaped.validFrom(), shaped.validTo(), ledger.levels(scope));
        var held = ledger.key(scope).orElse(null);
        AccessKeyAnswer answer = null;
        if (held != null && shapes.sameSpec(held.specDigest(), command, shaped.key())) {
            answer = updateById(held.keyId(), fields);
        }
        if (answer == null) {
            answer = client.add(AccessKeyWrite.bySpec(shaped.key(), fields, person(command)));
            if (held != null && !held.keyId().equals(answer.id())) {
                // a new card number or code is a new key: the old one must not keep opening doors
                client.remove(held.keyId());
            }
        }
        ledger.rememberKey(scope, new KeyLedger.HeldKey(answer.id(), shaped.specDigest()));
        var holder = command.desired().holder();
        if (holder != null && holder.holderId() != null && answer.personId() != null) {
            ledger.rememberPerson(command.tenant(), connectionId, holder.holderId(), answer.personId());
        }
        return IntServAdapter.accepted(command.credentialId(), answer.id(), answer.personId(), systemId,
                connectionId);
    }

    /**
     * The target's levels come off the key; the key itself is removed with the last target. IntServ answers at once
     * and has nothing to poll afterwards (the status names only systems that hold the key's levels), so the removal is
     * reported applied when IntServ took it.
     */
    SlotResult remove(Slot slot) throws VendorFailure, SQLException {
        SyncCommand command = slot.desired();
        var scope = scope(command);
        ledger.revoke(scope, command.targetId());
        String keyId = ledger.key(scope).map(KeyLedger.HeldKey::keyId)
                .orElse(slot.vendorRefs().get(IntServRefs.KEY_ID));
        if (keyId == null) {
            return SlotResult.of(command.credentialId(), SyncPhase.APPLIED, Map.of());
        }
        var remaining = ledger.levels(scope);
        if (remaining.isEmpty()) {
            client.remove(keyId);
            ledger.forgetKey(scope);
        } else {
            client.updateLevels(keyId, remaining);
        }
        return SlotResult.of(command.credentialId(), SyncPhase.APPLIED, Map.of(IntServRefs.KEY_ID, keyId));
    }

    /** An update by id; null when IntServ no longer holds the key (it is then written by spec). */
    private AccessKeyAnswer updateById(String keyId, AccessKeyWrite.KeyFields fields) throws VendorFailure {
        try {
            return client.add(AccessKeyWrite.byId(keyId, fields));
        } catch (VendorFailure failure) {
            if (failure.httpStatus() == 404) {
                return null;
            }
            throw failure;
        }
    }

    /** The holder's person if the account has one, else a new person by the holder's name. */
    private AccessKeyWrite.Person person(SyncCommand command) throws SQLException {
        var holder = command.desired().holder();
        if (holder == null) {
            return null;
        }
        if (holder.holderId() != null) {
            var known = ledger.person(command.tenant(), connectionId, holder.holderId());
            if (known.isPresent()) {
                return new AccessKeyWrite.Person(known.get(), null, null);
            }
        }
        var details = holder.details();
        return details == null
                ? new AccessKeyWrite.Person(null, null, null)
                : new AccessKeyWrite.Person(null, details.firstName(), details.lastName());
    }

    private KeyLedger.Scope scope(SyncCommand command) {
        return new KeyLedger.Scope(command.tenant(), connectionId, command.credentialId());
    }
}
