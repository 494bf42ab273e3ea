package io.credsync.simulator.basip;

import java.math.BigInteger;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * How a panel reads a card or ukey number: digits are decimal in one mode and hex in the other ("44" is 44 or 0x44 =
 * 68); bytes separated by ':' or '-' are hex in both.
 */
public enum WiegandMode {
    HEX, DECIMAL;

    private static final Pattern SEPARATED = Pattern.compile("[:-]");

    /** The number the reader compares with the card it is shown. */
    public BigInteger read(String number) {
        if (SEPARATED.matcher(number).find()) {
            return new BigInteger(SEPARATED.matcher(number).replaceAll(""), 16);
        }
        return new BigInteger(number, this == HEX ? 16 : 10);
    }

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static WiegandMode of(String id) {
        return valueOf(id.toUpperCase(Locale.ROOT));
    }
}
