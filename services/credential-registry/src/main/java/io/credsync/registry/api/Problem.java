package io.credsync.registry.api;

import java.util.List;

import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import io.credsync.model.json.CredsyncJson;
import io.credsync.model.validation.Violation;

/**
 * RFC 9457 problem details, with the broken rules as an extension member: each names the field (a name such as
 * {@code value} or {@code grants[0].target_id}, a JSON pointer such as {@code /grants/0/kind} for a body that does
 * not parse into the schema, or a parameter such as {@code query.limit}) and a stable rule id. Never echoes a
 * submitted value: it could be a PIN or a card number.
 */
@CredsyncJson
@Schema(name = "Problem", description = "RFC 9457 problem details (application/problem+json)")
public record Problem(
        @Schema(description = "Stable problem type URI, one of https://credsync.io/problems/{slug}; see docs/api-errors.md", example = "https://credsync.io/problems/validation") String type,
        @Schema(example = "The change breaks a rule") String title,
        @Schema(example = "422") int status,
        @Schema(description = "What went wrong, without any submitted value") String detail,
        String instance,
        @Schema(description = "The fields and rules broken, when they are known") List<Violation> violations) {

    public static final String MEDIA_TYPE = "application/problem+json";
    public static final String TYPE_BASE = "https://credsync.io/problems/";

    public static Problem of(String slug, String title, int status, String detail, List<Violation> violations) {
        return new Problem(TYPE_BASE + slug, title, status, detail, null, violations == null || violations.isEmpty()
                ? null
                : violations);
    }

    public static Problem of(ProblemType type, String detail, List<Violation> violations) {
        return of(type.slug(), type.title(), type.status(), detail, violations);
    }

    public static Problem of(ProblemType type, String detail, String field, String rule) {
        return of(type, detail, List.of(new Violation(field, null, rule, detail)));
    }

    public Response toResponse() {
        return Response.status(status).type(MEDIA_TYPE).entity(this).build();
    }
}
