package io.credsync.vendor.basip.api;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;

import io.credsync.model.crypto.SecretValue;
import io.credsync.model.json.Json;
import io.credsync.vendor.spi.VendorConnection;
import io.credsync.vendor.spi.VendorEndpoint;
import io.credsync.vendor.spi.VendorFailure;
import io.credsync.vendor.spi.VendorHttp;

/**
 * One panel's identifier API by our own id ({@code link_id}), at the panel's base URL (the target's address) with
 * the connection's admin account: login for a bearer token (renewed once when a call answers 401), upsert, read back
 * and delete. A call the panel never answered fails as {@code panel_unreachable}, transient or ambiguous as
 * {@link VendorHttp} classified it, so the target's status names an offline panel.
 */
public final class PanelClient {

    static final String LOGIN = "/api/v1/login";
    static final String LINK_ITEMS = "/api/v1/access/identifier/items/link";
    static final String LINK_DELETE = "/api/v1/access/identifiers/link/delete";

    private static final TypeReference<List<LinkResult>> RESULTS = new TypeReference<>() {
    };

    private final VendorHttp http;
    private final VendorConnection connection;
    private final URI panelUrl;
    private final PanelSessions sessions;
    private final String sessionKey;
    private int calls;

    public PanelClient(VendorHttp http, VendorConnection connection, URI panelUrl, PanelSessions sessions) {
        this.http = http;
        this.connection = connection;
        this.panelUrl = panelUrl;
        this.sessions = sessions;
        this.sessionKey = connection.tenant() + "/" + connection.id() + "/" + panelUrl;
    }

    /** Calls made to the panel, logins included. */
    public int calls() {
        return calls;
    }

    /** {@code POST …/items/link}: the panel's answer per item, in its order. */
    public List<LinkResult> upsert(List<IdentifierItem> items) throws VendorFailure {
        return results(authorized("POST", LINK_ITEMS, Map.of("list_items", items)));
    }

    /** {@code POST …/identifiers/link/delete}: {@code deleted} or {@code entity_not_found} per id. */
    public List<LinkResult> delete(List<String> linkIds) throws VendorFailure {
        return results(authorized("POST", LINK_DELETE, Map.of("link_ids", linkIds)));
    }

    /** {@code GET …/items/link?link_id=}: the identifier the panel holds under our id, if any. */
    public Optional<JsonNode> read(String linkId) throws VendorFailure {
        var response = authorized("GET", LINK_ITEMS + "?link_id=" + encode(linkId), null);
        JsonNode items = tree(response).path("list_items");
        return items.isArray() && !items.isEmpty() ? Optional.of(items.get(0)) : Optional.empty();
    }

    private HttpResponse<String> authorized(String method, String path, Object body) throws VendorFailure {
        SecretValue token = sessions.token(sessionKey).orElse(null);
        if (token == null) {
            token = login();
        }
        try {
            return send(endpoint(token, VendorEndpoint.bearer()), method, path, body);
        } catch (VendorFailure failure) {
            if (failure.httpStatus() != 401) {
                throw failure;
            }
            // the token expired or the panel restarted: log in again, once
            sessions.forget(sessionKey);
            return send(endpoint(login(), VendorEndpoint.bearer()), method, path, body);
        }
    }

    private SecretValue login() throws VendorFailure {
        var account = PanelAccount.of(connection.apiKey());
        var response = send(endpoint(null, (request, none) -> {
        }), "GET", LOGIN + "?username=" + encode(account.username()) + "&password="
                + account.passwordMd5().reveal(), null);
        String token = tree(response).path("token").asText("");
        if (token.isEmpty()) {
            throw VendorFailure.transientFailure("unreadable_response", "login answered without a token");
        }
        var secret = SecretValue.of(token);
        sessions.remember(sessionKey, secret);
        return secret;
    }

    private HttpResponse<String> send(VendorEndpoint endpoint, String method, String path, Object body)
            throws VendorFailure {
        calls++;
        try {
            return endpoint.send(method, path, body);
        } catch (VendorFailure failure) {
            if (failure.httpStatus() != 0 || failure.kind() == VendorFailure.Kind.PERMANENT) {
                throw failure;
            }
            // no answer at all: the panel is off the LAN (nothing is queued for it), or did not answer in time
            throw new VendorFailure(failure.kind(), "panel_unreachable", "panel " + panelUrl + " did not answer ("
                    + failure.code() + ")", failure.retryAfter(), 0, failure);
        }
    }

    private VendorEndpoint endpoint(SecretValue token,
            java.util.function.BiConsumer<java.net.http.HttpRequest.Builder, SecretValue> auth) {
        var panel = new VendorConnection(connection.tenant(), connection.id(), connection.vendor(), panelUrl, token,
                connection.ratePerSecond(), connection.options());
        return new VendorEndpoint(http, panel, auth, PanelErrors::read);
    }

    private static List<LinkResult> results(HttpResponse<String> response) throws VendorFailure {
        JsonNode result = tree(response).path("result");
        if (!result.isArray()) {
            throw new VendorFailure(VendorFailure.Kind.AMBIGUOUS, "unreadable_response",
                    "the panel answered without result[]", null, null);
        }
        return Json.mapper().convertValue(result, RESULTS);
    }

    private static JsonNode tree(HttpResponse<String> response) throws VendorFailure {
        try {
            return Json.mapper().readTree(response.body());
        } catch (IOException e) {
            throw new VendorFailure(VendorFailure.Kind.AMBIGUOUS, "unreadable_response",
                    "the panel's answer is not JSON", null, e);
        }
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }
}
