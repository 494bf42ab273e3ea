package io.credsync.ingest.webhooks;

import java.util.LinkedHashMap;

import jakarta.ws.rs.core.Response;

import io.credsync.model.json.Json;

/**
 * RFC 9457 problem details for every error event-ingest answers over HTTP (the webhook endpoint and what Vert.x
 * refuses before it); they never echo the request.
 */
final class Problem {

    static final String MEDIA_TYPE = "application/problem+json";
    private static final String TYPE_BASE = "https://credsync.io/problems/";

    private Problem() {
    }

    static Response unauthorized(String detail) {
        return of("webhook-signature", "Webhook not verified", 401, detail);
    }

    static Response unavailable(String detail) {
        return of("webhook-unavailable", "Webhook not handled", 503, detail);
    }

    static Response of(String slug, String title, int status, String detail) {
        return Response.status(status).type(MEDIA_TYPE).entity(body(slug, title, status, detail)).build();
    }

    static byte[] body(String slug, String title, int status, String detail) {
        var body = new LinkedHashMap<String, Object>();
        body.put("type", TYPE_BASE + slug);
        body.put("title", title);
        body.put("status", status);
        body.put("detail", detail);
        return Json.write(body);
    }
}
