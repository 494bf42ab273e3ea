package io.credsync.registry.api;

import java.util.List;

import jakarta.ws.rs.core.Response;

import io.credsync.model.json.CredsyncJson;
import io.credsync.model.validation.Violation;

/** RFC 9457 problem details, with the violated rules as an extension member. */
@CredsyncJson
public record Problem(String type, String title, int status, String detail, String instance,
        List<Violation> violations) {

    public static final String MEDIA_TYPE = "application/problem+json";
    private static final String TYPE_BASE = "https://credsync.io/problems/";

    public static Problem of(String slug, String title, int status, String detail, List<Violation> violations) {
        return new Problem(TYPE_BASE + slug, title, status, detail, null, violations == null || violations.isEmpty()
                ? null
                : violations);
    }

    public Response toResponse() {
        return Response.status(status).type(MEDIA_TYPE).entity(this).build();
    }
}
