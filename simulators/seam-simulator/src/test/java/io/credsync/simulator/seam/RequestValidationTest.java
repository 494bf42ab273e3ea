package io.credsync.simulator.seam;

import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;

import static org.assertj.core.api.Assertions.assertThat;

class RequestValidationTest extends EmbeddedSeamTest {

    private String userId;

    @BeforeEach
    void workspace() {
        userId = http.createUser(seam.addAcsSystem("HQ").acsSystemId(), "Jane Doe");
    }

    @Test
    void shouldRequireTheAccessMethod() {
        // When
        SeamHttp.Reply reply = http.post("/acs/credentials/create", new JsonObject().put("acs_user_id", userId));
        // Then
        assertThat(reply.status()).isEqualTo(400);
        assertThat(reply.json().getBoolean("ok")).isFalse();
        assertThat(reply.error().getString("type")).isEqualTo("invalid_input");
        assertThat(reply.error().getString("message")).isEqualTo("access_method is required");
        assertThat(reply.validationErrors().encode()).isEqualTo(
                "{\"_errors\":[],\"access_method\":{\"_errors\":[\"Required\"]}}");
        assertThat(seam.credentials()).isEmpty();
    }

    @Test
    void shouldRequireTheAcsUserId() {
        // When
        SeamHttp.Reply reply = http.post("/acs/credentials/create", new JsonObject().put("access_method", "code"));
        // Then
        assertThat(reply.status()).isEqualTo(400);
        assertThat(errorsOf(reply, "acs_user_id")).containsExactly("Required");
    }

    @Test
    void shouldRejectAnAccessMethodOutsideTheEnum() {
        // When
        SeamHttp.Reply reply = http.post("/acs/credentials/create",
                new JsonObject().put("acs_user_id", userId).put("access_method", "pin"));
        // Then
        assertThat(reply.status()).isEqualTo(400);
        assertThat(errorsOf(reply, "access_method"))
                .containsExactly("Invalid enum value. Expected 'code' | 'card' | 'mobile_key', received 'pin'");
    }

    @Test
    void shouldRejectAnIdThatIsNotAUuid() {
        // When
        SeamHttp.Reply reply = http.post("/acs/credentials/get", new JsonObject().put("acs_credential_id", "42"));
        // Then
        assertThat(reply.status()).isEqualTo(400);
        assertThat(reply.error().getString("message")).isEqualTo("Invalid uuid for \"acs_credential_id\"");
    }

    @Test
    void shouldRejectACodeThatIsNotDigits() {
        // When
        SeamHttp.Reply reply = http.post("/acs/credentials/create",
                new JsonObject().put("acs_user_id", userId).put("access_method", "code").put("code", "12a4"));
        // Then
        assertThat(reply.status()).isEqualTo(400);
        assertThat(errorsOf(reply, "code")).containsExactly("Invalid");
    }

    @Test
    void shouldRejectEndsAtNotAfterStartsAt() {
        // Given
        Instant startsAt = Instant.now().plus(2, ChronoUnit.DAYS);
        // When
        SeamHttp.Reply reply = http.post("/acs/credentials/create", codeFor(userId)
                .put("starts_at", startsAt.toString()).put("ends_at", startsAt.minusSeconds(60).toString()));
        // Then
        assertThat(reply.status()).isEqualTo(400);
        assertThat(errorsOf(reply, "ends_at")).containsExactly("ends_at must be after starts_at");
    }

    @Test
    void shouldRejectEndsAtInThePastOnCreate() {
        // When
        SeamHttp.Reply reply = http.post("/acs/credentials/create",
                codeFor(userId).put("ends_at", Instant.now().minusSeconds(60).toString()));
        // Then
        assertThat(reply.status()).isEqualTo(400);
        assertThat(errorsOf(reply, "ends_at")).containsExactly("ends_at must be in the future");
    }

    @Test
    void shouldRejectEndsAtInThePastOnUpdate() {
        // Given
        String id = http.createCode(userId, "1234").getString("acs_credential_id");
        // When
        SeamHttp.Reply reply = http.patch("/acs/credentials/update", new JsonObject()
                .put("acs_credential_id", id).put("ends_at", Instant.now().minusSeconds(60).toString()));
        // Then
        assertThat(reply.status()).isEqualTo(400);
        assertThat(errorsOf(reply, "ends_at")).containsExactly("ends_at must be in the future");
        assertThat(seam.credential(id).orElseThrow().endsAt()).isNull();
    }

    @Test
    void shouldRejectATimestampThatIsNotIso8601() {
        // When
        SeamHttp.Reply reply = http.post("/acs/credentials/create", codeFor(userId).put("ends_at", "tomorrow"));
        // Then
        assertThat(reply.status()).isEqualTo(400);
        assertThat(errorsOf(reply, "ends_at")).containsExactly("Invalid datetime");
    }

    @Test
    void shouldReportEveryProblemAtOnce() {
        // When
        SeamHttp.Reply reply = http.post("/acs/credentials/create", new JsonObject()
                .put("acs_user_id", "nope").put("access_method", "pin").put("code", 1234));
        // Then
        assertThat(reply.error().getString("message")).startsWith("3 Input Errors: ");
        assertThat(errorsOf(reply, "code")).containsExactly("Expected string, received number");
    }

    @Test
    void shouldNestValidationErrorsAsZodDoes() {
        // When
        SeamHttp.Reply reply = http.post("/acs/credentials/create", codeFor(userId)
                .put("allowed_acs_entrance_ids", new JsonArray().add("not-a-uuid")));
        // Then
        assertThat(reply.validationErrors().getJsonObject("allowed_acs_entrance_ids").getJsonObject("0")
                .getJsonArray("_errors")).containsExactly("Invalid uuid");
    }

    @Test
    void shouldAnswerNotFoundForAnUnknownCredential() {
        // When
        SeamHttp.Reply reply = http.post("/acs/credentials/delete",
                new JsonObject().put("acs_credential_id", UUID.randomUUID().toString()));
        // Then
        assertThat(reply.status()).isEqualTo(404);
        assertThat(reply.error().getString("type")).isEqualTo("acs_credential_not_found");
        assertThat(reply.json().getBoolean("ok")).isFalse();
    }

    @Test
    void shouldAnswerNotFoundForAnUnknownUser() {
        // When
        SeamHttp.Reply reply = http.post("/acs/credentials/create", codeFor(UUID.randomUUID().toString()));
        // Then
        assertThat(reply.status()).isEqualTo(404);
        assertThat(reply.error().getString("type")).isEqualTo("acs_user_not_found");
    }

    @Test
    void shouldAnswerNotFoundForAnUnknownAccessSystem() {
        // When
        SeamHttp.Reply reply = http.post("/acs/users/create", new JsonObject()
                .put("acs_system_id", UUID.randomUUID().toString()).put("full_name", "Jane Doe"));
        // Then
        assertThat(reply.status()).isEqualTo(404);
        assertThat(reply.error().getString("type")).isEqualTo("acs_system_not_found");
    }

    @Test
    void shouldRejectABodyThatIsNotJson() throws IOException {
        // When
        SeamHttp.Reply reply = http.send("POST", "/acs/credentials/create", "{not json", http.authorized(),
                Duration.ofSeconds(5));
        // Then
        assertThat(reply.status()).isEqualTo(400);
        assertThat(reply.error().getString("type")).isEqualTo("invalid_input");
    }

    @Test
    void shouldRejectABodyThatIsNotDeclaredAsJson() throws IOException {
        // When
        SeamHttp.Reply reply = http.send("POST", "/acs/credentials/create", "access_method=code",
                Map.of("authorization", "Bearer " + seam.apiKey(), "content-type", "text/plain"),
                Duration.ofSeconds(5));
        // Then
        assertThat(reply.status()).isEqualTo(400);
        assertThat(reply.error().getString("type")).isEqualTo("invalid_content_type");
    }

    @Test
    void shouldIgnoreUnknownFieldsAsTheSchemaAllowsThem() {
        // When
        SeamHttp.Reply reply = http.post("/acs/credentials/create", codeFor(userId).put("colour", "blue"));
        // Then
        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.json().getJsonObject("acs_credential").containsKey("colour")).isFalse();
    }

    private static JsonObject codeFor(String acsUserId) {
        return new JsonObject().put("acs_user_id", acsUserId).put("access_method", "code").put("code", "1234");
    }

    private static List<Object> errorsOf(SeamHttp.Reply reply, String field) {
        return reply.validationErrors().getJsonObject(field).getJsonArray("_errors").getList();
    }
}
