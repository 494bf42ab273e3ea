package io.credsync.vendor.basip.dispatch;

import java.time.Instant;

import io.credsync.model.command.DesiredState;
import io.credsync.model.command.Presence;
import io.credsync.model.command.SyncCommand;
import io.credsync.model.credential.BasIpLock;
import io.credsync.model.credential.CredentialKind;
import io.credsync.model.credential.GrantParameters;
import io.credsync.model.credential.ValidityWindow;
import io.credsync.model.crypto.ValueCipher;
import io.credsync.vendor.basip.api.IdentifierItem;

/**
 * The identifier a panel should hold for one credential: its type and number (written in the panel's Wiegand
 * mode), owner, lock and validity, under {@code link_id} = the credential id.
 *
 * <p>
 * Validity is the credential's window in Unix seconds ({@code is_permanent} when it has neither end; an open end is
 * {@link #OPEN_END}). A panel cannot suspend: a suspended credential keeps its identifier with a window that ended
 * at the epoch ({@link #SUSPENDED}), fixed so that a retry writes the same thing and a panel whose clock drifts still
 * refuses it; resuming writes the credential's own window back.
 */
final class IdentifierShape {

    /** 2100-01-01T00:00:00Z: the end of a window that has none (the panel wants both ends). */
    static final long OPEN_END = 4_102_444_800L;
    static final IdentifierItem.Time SUSPENDED = new IdentifierItem.Time(false, 0L, 1L);
    private static final int NAME_MAX = 100;

    private final ValueCipher cipher;

    IdentifierShape(ValueCipher cipher) {
        this.cipher = cipher;
    }

    /** @throws IllegalArgumentException when the panel could never hold it (the slot fails, the others go on) */
    IdentifierItem of(SyncCommand command, PanelTarget panel) {
        DesiredState desired = command.desired();
        String type = type(desired.kind());
        String clear = cipher.decrypt(desired.value(), command.envelopeContext()).reveal();
        String number = switch (desired.kind()) {
            case CARD, UKEY -> WiegandNumbers.forPanel(clear, desired.format() == null
                    ? null
                    : desired.format().cardEncoding(), panel.wiegandMode());
            default -> clear;
        };
        var grant = desired.grant() instanceof GrantParameters.BasIp basIp
                ? basIp
                : new GrantParameters.BasIp(null,
                        null);
        return new IdentifierItem(command.credentialId().toString(), new IdentifierItem.Owner(owner(desired),
                panel.ownerType()), type, number, lock(grant.lock()),
                new IdentifierItem.Valid(
                        time(desired)),
                grant.apartmentId());
    }

    static String type(CredentialKind kind) {
        return switch (kind) {
            case CARD -> "card";
            case UKEY -> "ukey";
            case PIN -> "inputCode";
            case FACE -> "face_id";
            case QR -> "qr";
            case LICENSE_PLATE -> "license_plate";
            default -> throw new IllegalArgumentException("BAS-IP panels hold no identifier of kind "
                    + kind.name().toLowerCase());
        };
    }

    private static String lock(BasIpLock lock) {
        return lock == null ? "all" : lock.name().toLowerCase(); // the registry requires one; "all" if it did not
    }

    private static String owner(DesiredState desired) {
        String name = desired.holder() == null || desired.holder().details() == null
                ? ""
                : desired.holder().details().displayName();
        name = name.isBlank()
                ? desired.holder() == null
                        ? "credsync"
                        : String.valueOf(desired.holder()
                                .externalHolderId())
                : name;
        return name.length() > NAME_MAX ? name.substring(0, NAME_MAX) : name;
    }

    private static IdentifierItem.Time time(DesiredState desired) {
        if (desired.presence() == Presence.SUSPENDED) {
            return SUSPENDED;
        }
        ValidityWindow window = desired.validity();
        if (window == null || (window.startsAt() == null && window.endsAt() == null)) {
            return new IdentifierItem.Time(true, null, null);
        }
        return new IdentifierItem.Time(false, seconds(window.startsAt(), 0L), seconds(window.endsAt(), OPEN_END));
    }

    private static long seconds(Instant instant, long otherwise) {
        return instant == null ? otherwise : instant.getEpochSecond();
    }
}
