package io.credsync.vendor.basip.dispatch;

import java.math.BigInteger;
import java.util.Locale;
import java.util.StringJoiner;
import java.util.regex.Pattern;

import io.credsync.model.credential.CardEncoding;

/**
 * Writes a card or ukey number so that the panel reads the card the person holds. A panel reads digits per its
 * Wiegand mode ("44" is 44 in decimal mode and 0x44 = 68 in hex mode); bytes separated by ':' are hex in both. So the
 * number is first read as its issuer wrote it (the credential's {@code card_encoding}), then written in the panel's
 * mode: decimal digits for a decimal panel (when they fit the panel's 10 digits), separated hex bytes otherwise.
 */
final class WiegandNumbers {

    static final String HEX = "hex";
    static final String DECIMAL = "decimal";

    private static final Pattern SEPARATED = Pattern.compile("[:-]");
    private static final BigInteger DECIMAL_LIMIT = BigInteger.TEN.pow(10);
    private static final int MIN_BYTES = 2;
    private static final int MAX_BYTES = 8;

    private WiegandNumbers() {
    }

    /**
     * @param panelMode {@code hex}, {@code decimal}, or null when nobody said: then the number is only made
     *        unambiguous (hex digits become separated bytes), and digits without an encoding stay as written
     * @throws IllegalArgumentException when the number does not fit the panel's 8 bytes
     */
    static String forPanel(String value, CardEncoding encoding, String panelMode) {
        boolean separated = SEPARATED.matcher(value).find();
        if (!separated && encoding == null) {
            return value; // the registry asks for an encoding wherever the panel's mode is known
        }
        BigInteger number = read(value, separated, encoding);
        String mode = panelMode == null ? (separated || encoding == CardEncoding.HEX ? HEX : DECIMAL) : panelMode;
        if (mode.equals(DECIMAL) && number.compareTo(DECIMAL_LIMIT) < 0) {
            return number.toString();
        }
        return separatedHex(number);
    }

    /** The number as its issuer wrote it; the error never quotes it (it would reach the status topic). */
    private static BigInteger read(String value, boolean separated, CardEncoding encoding) {
        try {
            return separated
                    ? new BigInteger(SEPARATED.matcher(value).replaceAll(""), 16)
                    : new BigInteger(value, encoding == CardEncoding.HEX ? 16 : 10);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("the card number is neither " + (separated
                    ? "hex bytes"
                    : encoding.name().toLowerCase(Locale.ROOT) + " digits"));
        }
    }

    private static String separatedHex(BigInteger number) {
        String hex = number.toString(16).toUpperCase(Locale.ROOT);
        int bytes = Math.max(MIN_BYTES, (hex.length() + 1) / 2);
        if (bytes > MAX_BYTES) {
            throw new IllegalArgumentException("the number is longer than the panel's " + MAX_BYTES + " bytes");
        }
        String padded = "0".repeat(bytes * 2 - hex.length()) + hex;
        StringJoiner joined = new StringJoiner(":");
        for (int i = 0; i < padded.length(); i += 2) {
            joined.add(padded.substring(i, i + 2));
        }
        return joined.toString();
    }
}
