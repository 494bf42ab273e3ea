package io.credsync.registry.api;

import jakarta.ws.rs.NotAcceptableException;
import jakarta.ws.rs.NotAllowedException;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.NotSupportedException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;

import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;

import io.credsync.registry.credential.ChangeRejectedException;
import io.credsync.registry.credential.IdempotencyKeyReusedException;
import io.credsync.registry.credential.StaleVersionException;
import io.credsync.registry.request.InvalidParameterException;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;

/**
 * Every error of the JAX-RS layer leaves as problem+json with a {@link ProblemType}; none echoes a submitted value
 * (it could be a PIN). What Vert.x refuses before JAX-RS runs is answered by {@link HttpEdgeProblems}.
 */
public class ProblemMappers {

    private static final Logger LOG = Logger.getLogger(ProblemMappers.class);

    @ServerExceptionMapper
    public Response rejected(ChangeRejectedException e) {
        var type = switch (e.kind()) {
            case INVALID -> ProblemType.VALIDATION;
            case NOT_FOUND -> ProblemType.NOT_FOUND;
            case CONFLICT -> ProblemType.CONFLICT;
        };
        return Problem.of(type, e.getMessage(), e.violations()).toResponse();
    }

    @ServerExceptionMapper
    public Response stale(StaleVersionException e) {
        return Response.fromResponse(Problem.of(ProblemType.STALE_VERSION, e.getMessage()
                + "; read it again and retry with If-Match: \"" + e.currentVersion() + "\"", "If-Match",
                "http.if_match.current").toResponse())
                .tag(String.valueOf(e.currentVersion()))
                .build();
    }

    @ServerExceptionMapper
    public Response idempotencyKeyReused(IdempotencyKeyReusedException e) {
        return Problem.of(ProblemType.IDEMPOTENCY_KEY_REUSED, e.getMessage(), "Idempotency-Key",
                "idempotency_key.same_request").toResponse();
    }

    @ServerExceptionMapper
    public Response invalidParameter(InvalidParameterException e) {
        return Problem.of(ProblemType.INVALID_PARAMETER, e.getMessage(), e.field(), e.rule()).toResponse();
    }

    /** Quarkus rethrows these itself; its built-in mapper would answer an empty 400. */
    @ServerExceptionMapper
    public Response mismatched(MismatchedInputException e) {
        return JsonProblems.of(e).toResponse();
    }

    @ServerExceptionMapper
    public Response unreadable(JsonProcessingException e) {
        return JsonProblems.of(e).toResponse();
    }

    @ServerExceptionMapper
    public Response unauthorized(UnauthorizedException e) {
        return unauthenticated("a bearer token is required");
    }

    @ServerExceptionMapper
    public Response authenticationFailed(AuthenticationFailedException e) {
        return unauthenticated("the bearer token is missing, expired, or not signed by a trusted issuer");
    }

    @ServerExceptionMapper
    public Response forbidden(ForbiddenException e) {
        return Problem.of(ProblemType.FORBIDDEN, e.getMessage() == null || e.getMessage().isBlank()
                ? "the token does not allow this"
                : e.getMessage(), "Authorization", "auth.permission").toResponse();
    }

    @ServerExceptionMapper
    public Response notFound(NotFoundException e) {
        String detail = e.getMessage() == null || e.getMessage().startsWith("HTTP 404")
                ? "no such resource"
                : e.getMessage();
        return Problem.of(ProblemType.NOT_FOUND, detail, null).toResponse();
    }

    @ServerExceptionMapper(priority = jakarta.ws.rs.Priorities.USER + 100)
    public Response web(WebApplicationException e) {
        if (e.getCause() instanceof JsonProcessingException json) {
            return JsonProblems.of(json).toResponse(); // Quarkus wraps syntax errors, bad UTF-8 and parser limits
        }
        if (e instanceof NotAllowedException) {
            return Problem.of(ProblemType.METHOD_NOT_ALLOWED, "this resource does not take that method", null)
                    .toResponse();
        }
        if (e instanceof NotSupportedException) {
            return Problem.of(ProblemType.UNSUPPORTED_MEDIA_TYPE, "send Content-Type: application/json", "Content-Type",
                    "http.content_type").toResponse();
        }
        if (e instanceof NotAcceptableException) {
            return Problem.of(ProblemType.NOT_ACCEPTABLE, "this resource answers application/json", "Accept",
                    "http.accept").toResponse();
        }
        int status = e.getResponse().getStatus();
        if (status >= 500) {
            return internal(e);
        }
        return Problem.of("http-" + status, e.getResponse().getStatusInfo().getReasonPhrase(), status,
                e.getResponse().getStatusInfo().getReasonPhrase(), null).toResponse();
    }

    /** Anything else is a bug: logged with its stack, answered without details. */
    @ServerExceptionMapper(priority = jakarta.ws.rs.Priorities.USER + 200)
    public Response internal(Throwable e) {
        LOG.error("unexpected error answered as 500", e);
        return Problem.of(ProblemType.INTERNAL, "an unexpected error occurred; it has been logged", null)
                .toResponse();
    }

    static Response unauthenticated(String detail) {
        return Response.fromResponse(Problem.of(ProblemType.UNAUTHORIZED, detail, "Authorization",
                "auth.bearer_token").toResponse())
                .header("WWW-Authenticate", "Bearer")
                .build();
    }
}
