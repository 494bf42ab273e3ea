package io.credsync.model.credential;

import com.fasterxml.jackson.annotation.JsonProperty;

/** What a credential is. Vendors accept different kinds; see {@code io.credsync.model.validation}. */
public enum CredentialKind {
    @JsonProperty("card")
    CARD, @JsonProperty("ukey")
    /** A key fob (BAS-IP {@code ukey}): numbered like a card, read by a different reader. */
    UKEY, @JsonProperty("pin")
    PIN, @JsonProperty("mobile_key")
    MOBILE_KEY, @JsonProperty("qr")
    QR, @JsonProperty("license_plate")
    LICENSE_PLATE, @JsonProperty("face")
    FACE, @JsonProperty("device_secret")
    DEVICE_SECRET;

    /** Kinds whose value is a secret that must be encrypted on the wire and at rest. */
    public boolean isSecret() {
        return this == CARD || this == UKEY || this == PIN || this == DEVICE_SECRET || this == QR;
    }
}
