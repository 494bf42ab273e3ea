package io.credsync.vendor.spi;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.function.BiConsumer;
import java.util.function.Function;

import io.credsync.model.crypto.SecretValue;
import io.credsync.model.json.Json;

/**
 * One vendor connection as an HTTP endpoint: the base URL joined with a path, the vendor's auth header from the
 * connection's secret, JSON in and out, a count of the calls made, and every failure classified by {@link VendorHttp}
 * with the vendor's own code and message. A slice's client is its paths and its error body on top of this.
 */
public final class VendorEndpoint {

    private final VendorHttp http;
    private final VendorConnection connection;
    private final BiConsumer<HttpRequest.Builder, SecretValue> auth;
    private final Function<HttpResponse<String>, VendorHttp.VendorError> errors;
    private final boolean httpsOnly;
    private int calls;

    /**
     * @param auth puts the API key where the vendor wants it (see {@link #header}, {@link #bearer})
     * @param errors reads the vendor's code and message from an error answer
     */
    public VendorEndpoint(VendorHttp http, VendorConnection connection,
            BiConsumer<HttpRequest.Builder, SecretValue> auth,
            Function<HttpResponse<String>, VendorHttp.VendorError> errors) {
        this(http, connection, auth, errors, false);
    }

    private VendorEndpoint(VendorHttp http, VendorConnection connection,
            BiConsumer<HttpRequest.Builder, SecretValue> auth,
            Function<HttpResponse<String>, VendorHttp.VendorError> errors, boolean httpsOnly) {
        this.http = http;
        this.connection = connection;
        this.auth = auth;
        this.errors = errors;
        this.httpsOnly = httpsOnly;
    }

    /**
     * This endpoint for a vendor that requires TLS: a plain {@code http://} base URL fails permanently
     * ({@code https_required}) before anything is sent, unless the runtime allows plain HTTP for simulators.
     */
    public VendorEndpoint httpsOnly() {
        return new VendorEndpoint(http, connection, auth, errors, true);
    }

    /** The key in a header of its own, e.g. Jetstream's {@code AccessKey}. */
    public static BiConsumer<HttpRequest.Builder, SecretValue> header(String name) {
        return (request, key) -> request.header(name, key.reveal());
    }

    /** {@code Authorization: Bearer <key>}. */
    public static BiConsumer<HttpRequest.Builder, SecretValue> bearer() {
        return (request, key) -> request.header("Authorization", "Bearer " + key.reveal());
    }

    public VendorConnection connection() {
        return connection;
    }

    /** Calls made through this endpoint, for the conversation's count of vendor calls. */
    public int calls() {
        return calls;
    }

    /** Sends {@code body} as JSON (none when null) and returns the 2xx answer; anything else is a failure. */
    public HttpResponse<String> send(String method, String path, Object body) throws VendorFailure {
        if (httpsOnly && !"https".equalsIgnoreCase(connection.baseUrl().getScheme()) && !http.plainHttpAllowed()) {
            throw VendorFailure.permanent("https_required", "connection " + connection.id() + " has a "
                    + connection.baseUrl().getScheme() + ":// base_url; " + connection.vendor().id()
                    + " requires HTTPS (credsync.vendors.allow-plain-http=true only for a simulator)");
        }
        calls++;
        var request = HttpRequest.newBuilder(URI.create(connection.baseUrl().toString().replaceAll("/+$", "") + path))
                .header("Content-Type", "application/json")
                .header("Accept", "application/json")
                .method(method, body == null
                        ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofByteArray(Json.write(body)));
        auth.accept(request, connection.apiKey());
        return http.sendReading(request, errors);
    }
}
