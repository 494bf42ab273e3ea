package io.credsync.registry.request;

import java.time.Duration;
import java.time.format.DateTimeParseException;

import io.credsync.model.validation.FieldLimits;

/**
 * Checks path, query and header parameters before they reach a query: an id that breaks {@link FieldLimits} could
 * never have been stored, and PostgreSQL refuses some of them (NUL) with an error instead of "not found".
 */
public final class RequestParameters {

    private RequestParameters() {
    }

    /** A path or query id; {@code field} names it as the problem will, e.g. {@code path.external_id}. */
    public static String id(String field, String value) {
        if (!FieldLimits.isId(value)) {
            throw new InvalidParameterException(field, "id.characters", field + " must be 1-" + FieldLimits.ID_MAX
                    + " printable characters (no control, bidi or zero-width characters, no lone surrogates)");
        }
        return value;
    }

    /** An optional id (null passes). */
    public static String optionalId(String field, String value) {
        return value == null ? null : id(field, value);
    }

    /** A whole number in {@code min..max}, or {@code fallback} when absent. */
    public static int intIn(String field, String value, int min, int max, int fallback) {
        if (value == null) {
            return fallback;
        }
        try {
            int parsed = Integer.parseInt(value.trim());
            if (parsed >= min && parsed <= max) {
                return parsed;
            }
        } catch (NumberFormatException e) {
            // answered below
        }
        throw new InvalidParameterException(field, "range", field + " must be a whole number " + min + "-" + max);
    }

    /** A positive whole number, or null when absent. */
    public static Long optionalPositiveLong(String field, String value) {
        if (value == null) {
            return null;
        }
        try {
            long parsed = Long.parseLong(value.trim());
            if (parsed > 0) {
                return parsed;
            }
        } catch (NumberFormatException e) {
            // answered below
        }
        throw new InvalidParameterException(field, "range", field + " must be a positive whole number");
    }

    /** An ISO-8601 duration that is not negative, e.g. PT30S, or null when absent. */
    public static Duration optionalDuration(String field, String value) {
        if (value == null) {
            return null;
        }
        try {
            Duration parsed = Duration.parse(value.trim());
            if (!parsed.isNegative()) {
                return parsed;
            }
        } catch (DateTimeParseException e) {
            // answered below
        }
        throw new InvalidParameterException(field, "duration", field + " must be an ISO-8601 duration that is not "
                + "negative, e.g. PT30S or PT5M");
    }
}
