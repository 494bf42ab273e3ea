package io.credsync.vendor.seam.api;

import com.fasterxml.jackson.databind.JsonNode;

/** What {@code /acs/credentials/get} said: the credential, or that Seam no longer has it; with the request id. */
public sealed interface CredentialRead {

    String requestId();

    record Found(JsonNode credential, String requestId) implements CredentialRead {
    }

    /** 404 {@code acs_credential_not_found}. */
    record Gone(String message, String requestId) implements CredentialRead {
    }
}
