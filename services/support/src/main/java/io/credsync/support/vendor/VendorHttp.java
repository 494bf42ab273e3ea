package io.credsync.support.vendor;

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

    public VendorHttp(Duration connectTimeout, Duration requestTimeout) {
        this.client = HttpClient.newBuilder().connectTimeout(connectTimeout).build();
        this.requestTimeout = requestTimeout;
    }

    /**
     * @param vendorMessage extracts the vendor's own message from an error body (e.g. Seam's error.message)
     */
    public HttpResponse<String> send(HttpRequest.Builder request, Function<String, String> vendorMessage)
            throws VendorFailure {
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
        String message = vendorMessage.apply(response.body());
        String code = "http_" + status;
        if (status == 429) {
            throw new VendorFailure(VendorFailure.Kind.TRANSIENT, code, message, retryAfter(response), null);
        }
        if (status == 408 || status >= 500) {
            throw new VendorFailure(VendorFailure.Kind.TRANSIENT, code, message, retryAfter(response), null);
        }
        throw new VendorFailure(VendorFailure.Kind.PERMANENT, code, message, null, null);
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
