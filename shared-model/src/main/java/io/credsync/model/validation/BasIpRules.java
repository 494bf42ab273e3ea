package io.credsync.model.validation;

import java.time.Instant;
import java.util.List;
import java.util.regex.Pattern;

import io.credsync.model.Vendor;
import io.credsync.model.credential.GrantParameters;

/**
 * BAS-IP panels: identifier numbers per identifier type, a lock, and numbers read according to the panel's Wiegand
 * HEX/Decimal mode ("44" is 44 or 0x44 = 68), so a digits-only card or ukey number needs an explicit encoding; a
 * panel that says it has no face recognition ({@code face_id_supported: false}) is refused face identifiers.
 */
public final class BasIpRules implements VendorRules {

    /** The panel docs' pattern for card, ukey and inputCode numbers: decimal, or 2-8 hex bytes separated. */
    static final Pattern CARD_NUMBER = Pattern.compile("^(?:[0-9]{1,10}|(?:[0-9A-Fa-f]{2}[:-]){1,7}[0-9A-Fa-f]{2})$");
    static final Pattern DECIMAL = Pattern.compile("^[0-9]{1,10}$");
    static final Pattern BASE64 = Pattern.compile("^[A-Za-z0-9+/]+={0,2}$");
    static final Pattern PANEL_URL = Pattern.compile("^https?://[^\\s/]+(?:/.*)?$");
    static final int OWNER_NAME_MAX = 100;
    public static final String WIEGAND_MODE = "wiegand_mode";
    /** A panel that cannot hold face identifiers ({@code false}) is refused them here, not at the panel. */
    public static final String FACE_ID_SUPPORTED = "face_id_supported";

    @Override
    public Vendor vendor() {
        return Vendor.BASIP;
    }

    @Override
    public List<Violation> checkTarget(TargetProfile target) {
        var check = new RuleCheck(target.targetId());
        check.requireMatch(target.addressValue(), PANEL_URL, "target.address", "basip.panel_url",
                "BAS-IP target address must be the panel's http(s) base URL");
        String mode = target.setting(WIEGAND_MODE);
        check.require(mode == null || mode.equals("hex") || mode.equals("decimal"), "target.settings.wiegand_mode",
                "basip.wiegand_mode", "BAS-IP wiegand_mode must be hex or decimal");
        String face = target.setting(FACE_ID_SUPPORTED);
        check.require(face == null || face.equals("true") || face.equals("false"), "target.settings.face_id_supported",
                "basip.face_id_supported", "BAS-IP face_id_supported must be true or false");
        return check.violations();
    }

    @Override
    public List<Violation> checkGrant(CredentialSpec credential, TargetProfile target, GrantParameters grant,
            Instant now) {
        var check = new RuleCheck(target.targetId());
        String value = credential.clearValue();
        switch (credential.kind()) {
            case CARD, UKEY -> {
                if (check.requireMatch(value, CARD_NUMBER, "value", "basip.card.number_pattern",
                        "BAS-IP card number must be 1-10 decimal digits or 2-8 hex bytes separated by ':' or '-'")) {
                    check.require(!DECIMAL.matcher(value).matches() || credential.format().cardEncoding() != null
                            || target.setting(WIEGAND_MODE) == null, "format.card_encoding",
                            "basip.card.encoding_required",
                            "BAS-IP panel reads digits per its Wiegand mode: set format.card_encoding (hex or decimal)");
                }
            }
            case PIN -> check.requireMatch(value, DECIMAL, "value", "basip.input_code.decimal",
                    "BAS-IP input code must be 1-10 decimal digits");
            case QR -> check.requireMatch(value, SeamRules.UUID, "value", "basip.qr.uuid",
                    "BAS-IP QR identifier must be a UUID");
            case FACE -> {
                check.requireMatch(value, BASE64, "value", "basip.face.base64",
                        "BAS-IP face identifier must be Base64 eigenvalue data");
                check.require(!"false".equals(target.setting(FACE_ID_SUPPORTED)), "kind", "basip.face.unsupported",
                        "this BAS-IP panel cannot hold face identifiers (face_id_supported: false)");
            }
            case LICENSE_PLATE -> check.require(value != null && !value.isEmpty() && value.length() <= 100, "value",
                    "basip.license_plate.length", "BAS-IP licence plate must be 1-100 characters");
            default -> check.require(false, "kind", "basip.kind.unsupported",
                    "BAS-IP accepts card, ukey, pin (inputCode), qr, face and license_plate");
        }
        var holder = credential.holder();
        String name = holder == null ? "" : holder.displayName();
        check.require(!name.isBlank() && name.length() <= OWNER_NAME_MAX, "holder", "basip.owner_name",
                "BAS-IP identifier owner needs a name of 1-100 characters");
        check.require(((GrantParameters.BasIp) grant).lock() != null, "grant.lock", "basip.lock.required",
                "BAS-IP grant needs a lock: first, second or all");
        return check.violations();
    }
}
