package io.credsync.registry.connection;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import io.credsync.model.Vendor;
import io.credsync.model.validation.FieldLimits;
import io.credsync.model.validation.Violation;
import io.credsync.registry.connection.ConnectionResource.ConnectionBody;
import io.credsync.registry.credential.ChangeRejectedException;

/** What a connection body must satisfy before anything is written (422 {@code validation}, every violation listed). */
final class ConnectionRules {

    static final int DEFAULT_RATE_LIMIT = 10;
    static final int MAX_RATE_LIMIT = 10_000;

    private ConnectionRules() {
    }

    static void check(ConnectionBody body) {
        var violations = new ArrayList<Violation>();
        if (body == null || body.vendor() == null || Arrays.stream(Vendor.values())
                .noneMatch(v -> v.id().equalsIgnoreCase(body.vendor()))) {
            violations.add(new Violation("vendor", null, "connection.vendor",
                    "vendor must be one of jetstream, seam, intserv, genetec, basip"));
        }
        if (body == null || !isBaseUrl(body.baseUrl())) {
            violations.add(new Violation("base_url", null, "connection.base_url",
                    "base_url must be an absolute http(s) URL with a host, of at most " + FieldLimits.TEXT_MAX
                            + " printable ASCII characters"));
        }
        if (body == null || !FieldLimits.isId(body.secretRef())) {
            violations.add(new Violation("secret_ref", null, "connection.secret_ref",
                    "secret_ref must name the secret holding the API key (1-" + FieldLimits.ID_MAX
                            + " printable characters)"));
        }
        if (body != null && body.rateLimitPerSecond() != null && (body.rateLimitPerSecond() <= 0
                || body.rateLimitPerSecond() > MAX_RATE_LIMIT)) {
            violations.add(new Violation("rate_limit_per_second", null, "connection.rate_limit",
                    "rate_limit_per_second must be 1-" + MAX_RATE_LIMIT));
        }
        if (body != null) {
            ConnectionOptions.check(body.options(), violations);
        }
        if (!violations.isEmpty()) {
            throw new ChangeRejectedException(ChangeRejectedException.Kind.INVALID, List.copyOf(violations));
        }
    }

    /**
     * Printable ASCII that {@link URI} also parses with a host: every runtime turns it into a {@code URI}, and a
     * value it cannot parse would fail there on every call instead of here once.
     */
    static boolean isBaseUrl(String value) {
        if (value == null || value.length() > FieldLimits.TEXT_MAX || !value.matches("^https?://[\\x21-\\x7E]+$")) {
            return false;
        }
        try {
            return new URI(value).getHost() != null;
        } catch (URISyntaxException e) {
            return false;
        }
    }
}
