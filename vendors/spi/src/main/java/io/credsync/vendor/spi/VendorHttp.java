package io.credsync.vendor.spi;

import java.io.IOException;
import java.net.ConnectException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.function.Function;

/**
 * One place that turns HTTP into classified {@link VendorFailure}s for every vendor: 2xx passes; 408, 429 and 5xx are
 * transient (429 carries Retry-After); other 4xx are permanent; a refused connection is transient; a timeout or a
 * dropped connection after the request went out is ambiguous (it may have been applied).
 */
public final class VendorHttp {

    private final HttpClient client;
    private final Duration requestTimeout;
    private final boolean plainHttpAllowed;

    /** A runtime that refuses plain {@code http://} to the vendors that require TLS. */
    public VendorHttp(Duration connectTimeout, Duration requestTimeout) {
        this(connectTimeout, requestTimeout, false);
    }

    /** @param plainHttpAllowed the runtime's explicit permission for {@code http://} (simulators, local stack) */
    public VendorHttp(Duration connectTimeout, Duration requestTimeout, boolean plainHttpAllowed) {
        this.client = HttpClient.newBuilder().connectTimeout(connectTimeout).build();
        this.requestTimeout = requestTimeout;
        this.plainHttpAllowed = plainHttpAllowed;
    }

    /** Whether a vendor that requires TLS may still be called over plain HTTP (only ever for simulators). */
    public boolean plainHttpAllowed() {
        return plainHttpAllowed;
    }

    /** The vendor's own code and message from an error answer (e.g. Seam's error.type and error.message). */
    public record VendorError(String code, String message) {
    }

    /**
     * @param vendorMessage extracts the vendor's own message from an error body
     */
    public HttpResponse<String> send(HttpRequest.Builder request, Function<String, String> vendorMessage)
            throws VendorFailure {
        return sendReading(request, response -> new VendorError(null, vendorMessage.apply(response.body())));
    }

    /**
     * @param vendorError reads the vendor's code (null: {@code http_<status>}) and message from an error answer,
     *        headers included (e.g. a request id to quote to the vendor's support)
     */
    public HttpResponse<String> sendReading(HttpRequest.Builder request,
            Function<HttpResponse<String>, VendorError> vendorError) throws VendorFailure {
        HttpResponse<String> response;
        try {
            response = client.send(request.timeout(requestTimeout).build(), HttpResponse.BodyHandlers.ofString());
        } catch (HttpTimeoutException e) {
            throw new VendorFailure(VendorFailure.Kind.AMBIGUOUS, "timeout", "no answer within " + requestTimeout,
                    null, e);
        } catch (ConnectException e) {
            throw new VendorFailure(VendorFailure.Kind.TRANSIENT, "connect_failed", String.valueOf(e.getMessage()),
                    null, e);
        } catch (IOException e) {
            throw new VendorFailure(VendorFailure.Kind.AMBIGUOUS, "connection_lost", String.valueOf(e.getMessage()),
                    null, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new VendorFailure(VendorFailure.Kind.TRANSIENT, "interrupted", "interrupted", null, e);
        }
        int status = response.statusCode();
        if (status >= 200 && status < 300) {
            return response;
        }
        VendorError error = vendorError.apply(response);
        String code = error.code() == null ? "http_" + status : error.code();
        if (status == 408 || status == 429 || status >= 500) {
            throw new VendorFailure(VendorFailure.Kind.TRANSIENT, code, error.message(), retryAfter(response), status,
                    null);
        }
        throw new VendorFailure(VendorFailure.Kind.PERMANENT, code, error.message(), null, status, null);
    }

    private static Duration retryAfter(HttpResponse<?> response) {
        return response.headers().firstValue("Retry-After")
                .flatMap(value -> {
                    try {
                        return java.util.Optional.of(Duration.ofSeconds(Long.parseLong(value.trim())));
                    } catch (NumberFormatException e) {
                        return java.util.Optional.empty();
                    }
                })
                .orElse(null);
    }
}
