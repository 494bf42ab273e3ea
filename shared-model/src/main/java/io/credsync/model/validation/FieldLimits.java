package io.credsync.model.validation;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.regex.Pattern;

/**
 * Bounds on every field credsync accepts, in one place: the REST API and the input topic check the same limits, and
 * the OpenAPI document quotes these constants. Text must survive PostgreSQL (no NUL, no lone surrogate); ids must
 * also be printable and unambiguous on screen (no control, bidi or zero-width characters).
 */
public final class FieldLimits {

    /** Tenant, credential, holder, target and connection ids, and every vendor id in grant parameters. */
    public static final int ID_MAX = 200;
    /** Holder names and display names. */
    public static final int NAME_MAX = 200;
    /** RFC 5321's practical maximum. */
    public static final int EMAIL_MAX = 254;
    /** Other free text: vendor addresses, URLs, secret names, settings values. */
    public static final int TEXT_MAX = 2048;
    /** A credential value in clear; BAS-IP face data is the largest kind. */
    public static final int VALUE_MAX = 16_384;
    /** Grants per credential, and ids per list in grant parameters. */
    public static final int GRANTS_MAX = 1000;
    public static final int LIST_MAX = 1000;
    /** Entries in a target's settings. */
    public static final int SETTINGS_MAX = 50;
    /** Items in one bulk request. */
    public static final int BULK_MAX = 10_000;
    /** Page size of listings. */
    public static final int PAGE_MAX = 1000;
    /** Validity instants must fall in these years (UTC), so a typo like year 99999 never reaches a vendor. */
    public static final int YEAR_MIN = 2000;
    public static final int YEAR_MAX = 2100;
    /** Idempotency-Key header values. */
    public static final int IDEMPOTENCY_KEY_MAX = ID_MAX;

    /**
     * Printable characters only: no control (Cc), format (Cf: bidi controls, zero-width characters, BOM), lone
     * surrogate (Cs) or line/paragraph separator; quoted in the OpenAPI document.
     */
    public static final String ID_PATTERN = "^[^\\p{Cc}\\p{Cf}\\p{Cs}\\p{Zl}\\p{Zp}]+$";
    private static final Pattern ID_CHARACTERS = Pattern.compile(ID_PATTERN);

    private FieldLimits() {
    }

    /** True when {@code value} is a usable id: not blank, at most {@link #ID_MAX} characters, printable. */
    public static boolean isId(String value) {
        return value != null && !value.isBlank() && value.length() <= ID_MAX
                && ID_CHARACTERS.matcher(value).matches();
    }

    /** Checks a required id; at most one violation, naming the first rule broken. */
    static boolean requireId(RuleCheck check, String field, String value) {
        return check.require(value != null && !value.isBlank(), field, "id.required", field + " is required")
                && check.require(value.length() <= ID_MAX, field, "id.length", field + " is at most " + ID_MAX
                        + " characters")
                && check.require(ID_CHARACTERS.matcher(value).matches(), field, "id.characters", field
                        + " must be printable: no control, bidi, zero-width characters or lone surrogates");
    }

    /** Checks an optional id (null passes). */
    static boolean optionalId(RuleCheck check, String field, String value) {
        return value == null || requireId(check, field, value);
    }

    /** Checks optional free text: bounded, and storable in PostgreSQL. */
    static boolean text(RuleCheck check, String field, String value, int max) {
        return value == null || check.require(value.length() <= max, field, "text.length", field + " is at most "
                + max + " characters")
                && check.require(storable(value), field, "text.characters", field
                        + " must not contain NUL characters or lone surrogates");
    }

    /** Checks an optional instant against {@link #YEAR_MIN}..{@link #YEAR_MAX}. */
    static boolean instant(RuleCheck check, String field, Instant value) {
        return value == null || check.require(inRange(value), field, "validity.range", field + " must fall in the "
                + "years " + YEAR_MIN + "-" + YEAR_MAX + " (UTC)");
    }

    static boolean inRange(Instant value) {
        int year = value.atZone(ZoneOffset.UTC).getYear();
        return year >= YEAR_MIN && year <= YEAR_MAX;
    }

    /** No NUL (PostgreSQL text refuses it) and no unpaired surrogate (not encodable as UTF-8). */
    public static boolean storable(String value) {
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == '\u0000') {
                return false;
            }
            if (Character.isHighSurrogate(c)) {
                if (i + 1 >= value.length() || !Character.isLowSurrogate(value.charAt(i + 1))) {
                    return false;
                }
                i++;
            } else if (Character.isLowSurrogate(c)) {
                return false;
            }
        }
        return true;
    }

    /**
     * An untrusted id or type for a message, log line or header (never a secret): at most 100 characters, printable
     * ASCII, anything else shown as {@code ?}.
     */
    public static String forMessage(String value) {
        if (value == null) {
            return "(none)";
        }
        String cut = value.length() > 100 ? value.substring(0, 100) + "…" : value;
        return cut.replaceAll("[^\\x20-\\x7E…]", "?");
    }
}
