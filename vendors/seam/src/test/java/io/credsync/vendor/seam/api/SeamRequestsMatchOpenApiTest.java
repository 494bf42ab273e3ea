package io.credsync.vendor.seam.api;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import io.credsync.simulator.seam.openapi.OpenApiSubset;
import io.credsync.simulator.seam.openapi.RequestSchemaValidator;
import io.vertx.core.json.JsonObject;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every request the dispatcher can send, checked against Seam's OpenAPI document ({@code @seamapi/types}, trimmed to
 * the routes used): the operation exists for that method, and the body has the required fields, types, formats and
 * enums, with no field the schema does not declare.
 */
class SeamRequestsMatchOpenApiTest {

    private static final OpenApiSubset API = OpenApiSubset.load();
    private static final RequestSchemaValidator VALIDATOR = new RequestSchemaValidator(API);
    private static final String SYSTEM = UUID.randomUUID().toString();
    private static final String USER = UUID.randomUUID().toString();
    private static final String CREDENTIAL = UUID.randomUUID().toString();
    private static final String GROUP = UUID.randomUUID().toString();
    private static final Instant START = Instant.parse("2030-01-01T08:00:00Z");
    private static final Instant END = Instant.parse("2030-06-30T18:00:00.123Z");

    static Stream<SeamRequest> everyRequest() {
        return Stream.of(
                SeamRequest.createUser(SYSTEM, "Ada Lovelace", "ada@example.com"),
                SeamRequest.createUser(SYSTEM, "Ada Lovelace", null),
                SeamRequest.listUsers(SYSTEM, null),
                SeamRequest.listUsers(SYSTEM, "cursor-2"),
                SeamRequest.renameUser(USER, "Ada King", "ada@example.com"),
                SeamRequest.scheduleUser(USER, START, END),
                SeamRequest.scheduleUser(USER, null, null),
                SeamRequest.suspendUser(USER),
                SeamRequest.unsuspendUser(USER),
                SeamRequest.addToAccessGroup(USER, GROUP),
                SeamRequest.removeFromAccessGroup(USER, GROUP),
                SeamRequest.createCredential(USER, "code", "482913", START, END,
                        List.of(UUID.randomUUID().toString())),
                SeamRequest.createCredential(USER, "card", null, null, null, List.of()),
                SeamRequest.createCredential(USER, "mobile_key", null, null, END, List.of()),
                SeamRequest.updateCredential(CREDENTIAL, "555123", END),
                SeamRequest.updateCredential(CREDENTIAL, null, END),
                SeamRequest.getCredential(CREDENTIAL),
                SeamRequest.deleteCredential(CREDENTIAL),
                SeamRequest.listCredentials(USER));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("everyRequest")
    void shouldMatchSeamsOpenApiDocument(SeamRequest request) {
        assertThat(API.operation(request.path(), request.method()))
                .as("%s is an operation of Seam's API", request).isPresent();
        var errors = VALIDATOR.validate(request.path(), request.method(), new JsonObject(request.body().toString()),
                true);
        assertThat(errors.isEmpty()).as("%s: %s", request, errors.message()).isTrue();
    }

    @Test
    void shouldCatchABodyThatBreaksTheSchema() {
        // the check above must be able to fail: an access method Seam does not know, and a non-uuid user
        var body = SeamRequest.createCredential("not-a-uuid", "pin", "1234", null, null, List.of()).body();
        var errors = VALIDATOR.validate("/acs/credentials/create", "POST", new JsonObject(body.toString()), true);
        assertThat(errors.size()).isGreaterThanOrEqualTo(2);
    }
}
