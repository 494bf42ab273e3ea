package io.credsync.bench.run;

import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/**
 * The naive loop's one HTTP client: sends a request, waits for the answer, counts the call, and stops the loop on
 * any non-2xx answer (a script has no retry policy; a figure from a loop that failed would mean nothing).
 */
final class NaiveHttp {

    /** Like credsync's vendor client (VendorHttp): JDK client, 5 s to connect. */
    private static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(5);
    private static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(30);

    private final HttpClient client = HttpClient.newBuilder().connectTimeout(CONNECT_TIMEOUT).build();
    private long calls;

    /** The answer's body; a non-2xx answer is an {@link IllegalStateException} naming the call. */
    String send(HttpRequest.Builder request) throws IOException, InterruptedException {
        var built = request.timeout(REQUEST_TIMEOUT).build();
        calls++;
        var response = client.send(built, HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() / 100 != 2) {
            throw new IllegalStateException(built.method() + " " + built.uri().getPath() + " answered " + response
                    .statusCode() + ": " + response.body());
        }
        return response.body();
    }

    long calls() {
        return calls;
    }
}
