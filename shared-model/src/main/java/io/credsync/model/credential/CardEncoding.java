package io.credsync.model.credential;

import com.fasterxml.jackson.annotation.JsonProperty;

/** How a card number is written: "44" is 44 in decimal and 0x44 = 68 in hex, and panels read it per their mode. */
public enum CardEncoding {
    @JsonProperty("hex")
    HEX, @JsonProperty("decimal")
    DECIMAL
}
