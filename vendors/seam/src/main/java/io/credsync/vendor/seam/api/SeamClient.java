package io.credsync.vendor.seam.api;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;

import io.credsync.model.json.Json;
import io.credsync.vendor.seam.api.SeamObjects.AcsCredential;
import io.credsync.vendor.seam.api.SeamObjects.AcsUser;
import io.credsync.vendor.spi.VendorConnection;
import io.credsync.vendor.spi.VendorEndpoint;
import io.credsync.vendor.spi.VendorFailure;
import io.credsync.vendor.spi.VendorHttp;

/**
 * Sends {@link SeamRequest}s with the connection's API key as Bearer token. Seam's error body
 * {@code {"error":{"type","message","validation_errors"}}} gives the failure its code (e.g. {@code invalid_input},
 * permanent) and message, with the {@code seam-request-id} to quote to Seam's support.
 */
public final class SeamClient {

    public static final String CREDENTIAL_NOT_FOUND = "acs_credential_not_found";

    private final VendorEndpoint endpoint;
    private String lastRequestId;

    /** One conversation's client: it counts the calls made and keeps the last answer's request id. */
    public SeamClient(VendorHttp http, VendorConnection connection) {
        this.endpoint = new VendorEndpoint(http, connection, VendorEndpoint.bearer(), this::error);
    }

    public int calls() {
        return endpoint.calls();
    }

    public AcsUser createUser(SeamRequest request) throws VendorFailure {
        return AcsUser.from(send(request).path("acs_user"));
    }

    /** Every user of an access system, page by page. */
    public List<AcsUser> listUsers(String acsSystemId) throws VendorFailure {
        var users = new ArrayList<AcsUser>();
        String cursor = null;
        do {
            JsonNode page = send(SeamRequest.listUsers(acsSystemId, cursor));
            page.path("acs_users").forEach(u -> users.add(AcsUser.from(u)));
            cursor = page.path("pagination").path("has_next_page").asBoolean(false)
                    ? page.path("pagination").path("next_page_cursor").asText(null)
                    : null;
        } while (cursor != null);
        return users;
    }

    public AcsCredential credential(SeamRequest request) throws VendorFailure {
        return AcsCredential.from(send(request).path("acs_credential"));
    }

    /** Seam documents update as answering only {@code ok}; read the credential back when it says no more. */
    public AcsCredential update(SeamRequest request, String acsCredentialId) throws VendorFailure {
        JsonNode answer = send(request);
        return answer.has("acs_credential")
                ? AcsCredential.from(answer.get("acs_credential"))
                : credential(SeamRequest.getCredential(acsCredentialId));
    }

    public List<AcsCredential> listCredentials(String acsUserId) throws VendorFailure {
        var credentials = new ArrayList<AcsCredential>();
        send(SeamRequest.listCredentials(acsUserId)).path("acs_credentials")
                .forEach(c -> credentials.add(AcsCredential.from(c)));
        return credentials;
    }

    /** The credential as Seam holds it now, or that Seam no longer has it; with the deciding read's request id. */
    public CredentialRead readCredential(String acsCredentialId) throws VendorFailure {
        try {
            JsonNode answer = send(SeamRequest.getCredential(acsCredentialId));
            return new CredentialRead.Found(answer.path("acs_credential"), lastRequestId);
        } catch (VendorFailure failure) {
            if (failure.httpStatus() == 404 && CREDENTIAL_NOT_FOUND.equals(failure.code())) {
                return new CredentialRead.Gone(failure.vendorMessage(), lastRequestId);
            }
            throw failure;
        }
    }

    /**
     * One page of events at or after {@code since}, oldest first, as listed: one that does not parse must not hide
     * the others (the caller decides).
     */
    public List<JsonNode> listEvents(Instant since, Collection<String> eventTypes, int limit, int offset)
            throws VendorFailure {
        var events = new ArrayList<JsonNode>();
        send(SeamRequest.listEvents(since, eventTypes, limit, offset)).path("events").forEach(events::add);
        return events;
    }

    /** A call whose answer is only {@code ok}. */
    public void call(SeamRequest request) throws VendorFailure {
        send(request);
    }

    private JsonNode send(SeamRequest request) throws VendorFailure {
        lastRequestId = null;
        var response = endpoint.send(request.method(), request.path(), request.body());
        lastRequestId = response.headers().firstValue("seam-request-id").orElse(null);
        try {
            return Json.mapper().readTree(response.body());
        } catch (IOException e) {
            throw new VendorFailure(VendorFailure.Kind.AMBIGUOUS, "unreadable_response", request
                    + " answered without a readable body (seam-request-id " + requestId(response) + ")", null, e);
        }
    }

    /** Seam's error type and message, its validation errors by field, and the request id. */
    private VendorHttp.VendorError error(HttpResponse<String> response) {
        lastRequestId = response.headers().firstValue("seam-request-id").orElse(null);
        String type = null;
        var message = new StringBuilder();
        try {
            JsonNode error = Json.mapper().readTree(response.body()).path("error");
            type = error.hasNonNull("type") ? error.get("type").asText() : null;
            message.append(error.path("message").asText(""));
            error.path("validation_errors").fields().forEachRemaining(field -> {
                var errors = field.getValue().path("_errors");
                if (!errors.isEmpty()) {
                    message.append(message.isEmpty() ? "" : "; ").append(field.getKey()).append(": ")
                            .append(errors.get(0).asText());
                }
            });
        } catch (IOException | RuntimeException e) {
            message.append("HTTP ").append(response.statusCode()); // not Seam's JSON (a proxy's page)
        }
        message.append(" (seam-request-id ").append(requestId(response)).append(")");
        return new VendorHttp.VendorError(type, message.toString());
    }

    private static String requestId(HttpResponse<?> response) {
        return response.headers().firstValue("seam-request-id").orElse("none");
    }
}
