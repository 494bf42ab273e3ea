package io.credsync.registry.api;

import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;

import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;

import io.credsync.registry.credential.ChangeRejectedException;
import io.credsync.registry.credential.StaleVersionException;

/** Every error leaves as problem+json; none echoes a submitted value (it could be a PIN). */
public class ProblemMappers {

    @ServerExceptionMapper
    public Response rejected(ChangeRejectedException e) {
        return switch (e.kind()) {
            case INVALID -> Problem.of("validation", "The change breaks a rule", 422, e.getMessage(),
                    e.violations()).toResponse();
            case NOT_FOUND -> Problem.of("not-found", "Not found", 404, e.getMessage(), e.violations())
                    .toResponse();
            case CONFLICT -> Problem.of("conflict", "Conflicts with the current state", 409, e.getMessage(),
                    e.violations()).toResponse();
        };
    }

    @ServerExceptionMapper
    public Response stale(StaleVersionException e) {
        return Response.fromResponse(Problem.of("stale-version", "Precondition failed", 412, e.getMessage()
                + "; read it again and retry with If-Match: \"" + e.currentVersion() + "\"", null).toResponse())
                .tag(String.valueOf(e.currentVersion()))
                .build();
    }

    @ServerExceptionMapper
    public Response unreadable(JsonProcessingException e) {
        // the original message names the field and position; the source snippet (which may hold a value) is omitted
        String where = e instanceof InvalidFormatException ife ? " at " + ife.getPathReference() : "";
        return Problem.of("malformed", "Malformed request body", 400, e.getOriginalMessage().replaceAll(
                "from String \"[^\"]*\"", "from the given string") + where, null).toResponse();
    }

    @ServerExceptionMapper
    public Response notFound(NotFoundException e) {
        return Problem.of("not-found", "Not found", 404, e.getMessage(), null).toResponse();
    }

    @ServerExceptionMapper(priority = jakarta.ws.rs.Priorities.USER + 100)
    public Response web(WebApplicationException e) {
        int status = e.getResponse().getStatus();
        return Problem.of("http-" + status, e.getResponse().getStatusInfo().getReasonPhrase(), status,
                e.getMessage(), null).toResponse();
    }
}
