package io.credsync.vendor.genetec.api;

import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import com.fasterxml.jackson.databind.JsonNode;

import io.credsync.model.crypto.SecretValue;
import io.credsync.model.json.Json;
import io.credsync.vendor.spi.VendorConnection;
import io.credsync.vendor.spi.VendorFailure;
import io.credsync.vendor.spi.VendorHttp;

/**
 * Clearance access tokens, one per connection for the whole process: obtained at the STS with a signed JWT-bearer
 * assertion and renewed a margin before they expire (a tenth of their life, at most a minute), or at once when the
 * API refused one ({@link #renew}). A rotated connection file gets a new token. Neither assertion nor token is logged.
 */
public final class AccessTokens {

    static final String GRANT_TYPE = "urn:ietf:params:oauth:grant-type:jwt-bearer";
    private static final Duration MAX_MARGIN = Duration.ofMinutes(1);

    private record Held(SecretValue connectionFile, SecretValue token, Instant renewAt) {
    }

    private final VendorHttp http;
    private final Clock clock;
    private final Map<String, Held> tokens = new ConcurrentHashMap<>();

    public AccessTokens(VendorHttp http, Clock clock) {
        this.http = http;
        this.clock = clock;
    }

    /** The connection's token, asking the STS when there is none or it is due for renewal. */
    public SecretValue current(VendorConnection connection) throws VendorFailure {
        Held held = tokens.get(key(connection));
        if (held != null && held.connectionFile().equals(connection.apiKey())
                && clock.instant().isBefore(held.renewAt())) {
            return held.token();
        }
        return renew(connection);
    }

    /** A new token from the STS, replacing the one held (which the API refused, or which is due). */
    public synchronized SecretValue renew(VendorConnection connection) throws VendorFailure {
        ConnectionFile file = ConnectionFile.read(connection);
        Instant now = clock.instant();
        String form = "grant_type=" + encode(GRANT_TYPE) + "&client_id=" + encode(file.clientId())
                + "&assertion=" + encode(JwtAssertion.sign(file, now));
        HttpResponse<String> response = http.sendReading(HttpRequest.newBuilder(file.tokenUrl())
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Accept", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(form)), AccessTokens::stsError);
        JsonNode answer;
        try {
            answer = Json.mapper().readTree(response.body());
        } catch (java.io.IOException e) {
            throw VendorFailure.transientFailure("genetec.sts.unreadable_response", "the STS answer is not JSON");
        }
        String token = answer.path("access_token").asText("");
        long expiresIn = answer.path("expires_in").asLong(0);
        if (token.isEmpty() || expiresIn <= 0) {
            throw VendorFailure.transientFailure("genetec.sts.unreadable_response",
                    "the STS answered without access_token and expires_in");
        }
        Duration life = Duration.ofSeconds(expiresIn);
        Duration margin = life.dividedBy(10).compareTo(MAX_MARGIN) > 0 ? MAX_MARGIN : life.dividedBy(10);
        SecretValue value = SecretValue.of(token);
        tokens.put(key(connection), new Held(connection.apiKey(), value, now.plus(life).minus(margin)));
        return value;
    }

    /** OAuth's {@code error} and {@code error_description}, as {@code genetec.sts.<error>}. */
    private static VendorHttp.VendorError stsError(HttpResponse<String> response) {
        try {
            JsonNode error = Json.mapper().readTree(response.body());
            if (error != null && error.path("error").isTextual()) {
                return new VendorHttp.VendorError("genetec.sts." + error.path("error").asText(),
                        "the Clearance STS refused the service principal's assertion: "
                                + error.path("error_description").asText(error.path("error").asText()));
            }
        } catch (java.io.IOException | RuntimeException e) {
            // not OAuth's body
        }
        return new VendorHttp.VendorError("genetec.sts.http_" + response.statusCode(),
                "the Clearance STS answered " + response.statusCode());
    }

    private static String key(VendorConnection connection) {
        return connection.tenant() + "/" + connection.id();
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
