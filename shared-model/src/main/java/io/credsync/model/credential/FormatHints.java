package io.credsync.model.credential;

import io.credsync.model.json.CredsyncJson;

/** How to read the credential value: card number encoding and Wiegand frame size, where the issuer knows them. */
@CredsyncJson
public record FormatHints(CardEncoding cardEncoding, Integer wiegandBits) {

    public static final FormatHints NONE = new FormatHints(null, null);
}
