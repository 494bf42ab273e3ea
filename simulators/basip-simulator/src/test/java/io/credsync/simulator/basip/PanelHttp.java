package io.credsync.simulator.basip;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

import io.vertx.core.json.JsonObject;

/** A plain java.net.http client of one simulated panel, as a vendor client would call it (HTTP/1.1). */
final class PanelHttp {

    private final HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();
    private final String panelUrl;
    private String token;

    PanelHttp(String panelUrl) {
        this.panelUrl = panelUrl;
    }

    HttpResponse<String> login(String username, String password) {
        var response = send("GET", BasIpPaths.LOGIN + "?username=" + encode(username) + "&password="
                + Panel.md5(password), null, null);
        if (response.statusCode() == 200) {
            token = new JsonObject(response.body()).getString("token");
        }
        return response;
    }

    HttpResponse<String> upsert(JsonObject... items) {
        return send("POST", BasIpPaths.LINK_ITEMS, new JsonObject().put("list_items", java.util.List.of(items))
                .encode(), token);
    }

    HttpResponse<String> read(String linkId) {
        return send("GET", BasIpPaths.LINK_ITEMS + "?link_id=" + encode(linkId), null, token);
    }

    HttpResponse<String> delete(String... linkIds) {
        return send("POST", BasIpPaths.LINK_DELETE, new JsonObject().put("link_ids", java.util.List.of(linkIds))
                .encode(), token);
    }

    HttpResponse<String> send(String method, String path, String body, String bearer) {
        var request = HttpRequest.newBuilder(URI.create(panelUrl + path)).timeout(Duration.ofSeconds(5))
                .header("Content-Type", "application/json")
                .method(method, body == null
                        ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(body));
        if (bearer != null) {
            request.header("Authorization", "Bearer " + bearer);
        }
        try {
            return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    static JsonObject item(String linkId, String type, String number) {
        return new JsonObject()
                .put("identifier_owner", new JsonObject().put("name", "Ada Lovelace").put("type", "owner"))
                .put("identifier_type", type)
                .put("identifier_number", number)
                .put("lock", "all")
                .put("link_id", linkId);
    }

    static JsonObject body(HttpResponse<String> response) {
        return new JsonObject(response.body());
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }
}
