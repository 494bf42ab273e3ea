package io.credsync.vendor.basip.api;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

import io.credsync.model.crypto.SecretValue;
import io.credsync.vendor.spi.VendorFailure;

/**
 * The panels' admin account from the connection's secret, {@code username:password} (a bare password means the
 * user {@code admin}). Panels take the password as its MD5 in hex; neither is ever logged.
 */
record PanelAccount(String username, SecretValue passwordMd5) {

    static final String DEFAULT_USER = "admin";

    static PanelAccount of(SecretValue secret) throws VendorFailure {
        String clear = secret == null ? "" : secret.reveal();
        if (clear.isEmpty()) {
            throw VendorFailure.permanent("invalid_authentication",
                    "the connection's secret must be username:password of the panels' admin account");
        }
        int colon = clear.indexOf(':');
        String user = colon < 0 ? DEFAULT_USER : clear.substring(0, colon);
        String password = colon < 0 ? clear : clear.substring(colon + 1);
        return new PanelAccount(user, SecretValue.of(md5(password)));
    }

    private static String md5(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("MD5").digest(text.getBytes(
                    StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has MD5", e);
        }
    }

    @Override
    public String toString() {
        return "PanelAccount[" + username + "]";
    }
}
