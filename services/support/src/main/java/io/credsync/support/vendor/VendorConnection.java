package io.credsync.support.vendor;

import java.net.URI;

import io.credsync.model.crypto.SecretValue;

/** A vendor account as the adapter needs it: base URL and API key (from the connection's secret). */
public record VendorConnection(String id, URI baseUrl, SecretValue apiKey, double ratePerSecond) {

    @Override
    public String toString() {
        return "VendorConnection[" + id + ", " + baseUrl + "]";
    }
}
