package io.credsync.registry.api;

/**
 * Every problem type the registry answers with: the slug completes {@link Problem#TYPE_BASE}. Listed in
 * docs/api-errors.md; a new type is added here and there.
 */
public enum ProblemType {
    // @formatter:off
    BAD_REQUEST("bad-request", "Bad request", 400),
    MALFORMED_BODY("malformed-body", "The body is not valid JSON", 400),
    INVALID_BODY("invalid-body", "The body does not fit the schema", 400),
    INVALID_PARAMETER("invalid-parameter", "A path, query or header parameter is invalid", 400),
    UNAUTHORIZED("unauthorized", "Authentication required", 401),
    FORBIDDEN("forbidden", "Not allowed", 403),
    NOT_FOUND("not-found", "Not found", 404),
    METHOD_NOT_ALLOWED("method-not-allowed", "Method not allowed", 405),
    NOT_ACCEPTABLE("not-acceptable", "Not acceptable", 406),
    CONFLICT("conflict", "Conflicts with the current state", 409),
    STALE_VERSION("stale-version", "Precondition failed", 412),
    BODY_TOO_LARGE("body-too-large", "The body is too large", 413),
    URI_TOO_LONG("uri-too-long", "The URI is too long", 414),
    UNSUPPORTED_MEDIA_TYPE("unsupported-media-type", "Unsupported media type", 415),
    VALIDATION("validation", "The change breaks a rule", 422),
    IDEMPOTENCY_KEY_REUSED("idempotency-key-reused", "The Idempotency-Key was used for another request", 422),
    INTERNAL("internal", "Internal error", 500);
    // @formatter:on

    private final String slug;
    private final String title;
    private final int status;

    ProblemType(String slug, String title, int status) {
        this.slug = slug;
        this.title = title;
        this.status = status;
    }

    public String slug() {
        return slug;
    }

    public String title() {
        return title;
    }

    public int status() {
        return status;
    }

    public String uri() {
        return Problem.TYPE_BASE + slug;
    }
}
