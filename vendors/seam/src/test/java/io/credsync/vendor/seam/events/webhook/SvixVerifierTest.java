package io.credsync.vendor.seam.events.webhook;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.credsync.simulator.seam.webhook.SvixSignature;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SvixVerifierTest {

    // The example of docs.svix.com "Verifying payloads manually"
    private static final String SECRET = "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw";
    private static final String ID = "msg_p5jXN8AQM9LWM0D4loKWxJek";
    private static final long TIMESTAMP = 1614265330L;
    private static final String BODY = "{\"test\": 2432232314}";
    private static final String SIGNATURE = "v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE=";
    private static final String OTHER_SECRET = "whsec_" + java.util.Base64.getEncoder().encodeToString(
            "another twenty-four byte".getBytes(StandardCharsets.UTF_8));

    @Test
    void shouldAcceptSvixsPublishedExample() throws Exception {
        // When
        var verified = verifierAt(TIMESTAMP, SECRET).verify(headers(ID, TIMESTAMP, SIGNATURE), bytes(BODY));
        // Then
        assertThat(verified.messageId()).isEqualTo(ID);
        assertThat(verified.timestamp()).isEqualTo(Instant.ofEpochSecond(TIMESTAMP));
    }

    @Test
    void shouldAcceptWhenOnlyTheSecondSignatureMatches() throws Exception {
        // Given Svix signing with a new and the old secret while rotating
        String header = "v1," + SvixSignature.sign(ID, TIMESTAMP, BODY, OTHER_SECRET) + " " + SIGNATURE;
        // When
        var verified = verifierAt(TIMESTAMP, SECRET).verify(headers(ID, TIMESTAMP, header), bytes(BODY));
        // Then
        assertThat(verified.messageId()).isEqualTo(ID);
    }

    @Test
    void shouldAcceptASignatureMadeWithAnyConfiguredSecret() throws Exception {
        // Given
        String header = "v1," + SvixSignature.sign(ID, TIMESTAMP, BODY, OTHER_SECRET);
        // When
        var verified = verifierAt(TIMESTAMP, SECRET, OTHER_SECRET).verify(headers(ID, TIMESTAMP, header),
                bytes(BODY));
        // Then
        assertThat(verified.messageId()).isEqualTo(ID);
    }

    @Test
    void shouldReadHeaderNamesWhateverTheirCase() throws Exception {
        // When
        var verified = verifierAt(TIMESTAMP, SECRET).verify(Map.of("Svix-Id", ID, "SVIX-TIMESTAMP",
                Long.toString(TIMESTAMP), "svix-Signature", SIGNATURE), bytes(BODY));
        // Then
        assertThat(verified.messageId()).isEqualTo(ID);
    }

    @Test
    void shouldAcceptATimestampJustWithinFiveMinutesEitherWay() throws Exception {
        // When / Then
        verifierAt(TIMESTAMP + 299, SECRET).verify(headers(ID, TIMESTAMP, SIGNATURE), bytes(BODY));
        verifierAt(TIMESTAMP - 299, SECRET).verify(headers(ID, TIMESTAMP, SIGNATURE), bytes(BODY));
    }

    @Test
    void shouldRejectATimestampMoreThanFiveMinutesOld() {
        assertThatThrownBy(() -> verifierAt(TIMESTAMP + 301, SECRET).verify(headers(ID, TIMESTAMP, SIGNATURE),
                bytes(BODY))).isInstanceOf(WebhookRejected.class).hasMessageContaining("5 minutes");
    }

    @Test
    void shouldRejectATimestampMoreThanFiveMinutesAhead() {
        assertThatThrownBy(() -> verifierAt(TIMESTAMP - 301, SECRET).verify(headers(ID, TIMESTAMP, SIGNATURE),
                bytes(BODY))).isInstanceOf(WebhookRejected.class).hasMessageContaining("5 minutes");
    }

    @Test
    void shouldRejectATamperedBody() {
        assertThatThrownBy(() -> verifierAt(TIMESTAMP, SECRET).verify(headers(ID, TIMESTAMP, SIGNATURE),
                bytes("{\"test\": 2432232315}"))).isInstanceOf(WebhookRejected.class)
                .hasMessage("no matching signature");
    }

    @Test
    void shouldRejectASignatureMadeWithAnotherSecret() {
        assertThatThrownBy(() -> verifierAt(TIMESTAMP, OTHER_SECRET).verify(headers(ID, TIMESTAMP, SIGNATURE),
                bytes(BODY))).isInstanceOf(WebhookRejected.class).hasMessage("no matching signature");
    }

    @Test
    void shouldRejectASignatureOfAnotherMessageId() {
        assertThatThrownBy(() -> verifierAt(TIMESTAMP, SECRET).verify(headers("msg_other", TIMESTAMP, SIGNATURE),
                bytes(BODY))).isInstanceOf(WebhookRejected.class);
    }

    @Test
    void shouldRejectAMissingSignatureHeader() {
        assertThatThrownBy(() -> verifierAt(TIMESTAMP, SECRET).verify(Map.of("svix-id", ID, "svix-timestamp",
                Long.toString(TIMESTAMP)), bytes(BODY))).isInstanceOf(WebhookRejected.class)
                .hasMessage("missing header svix-signature");
    }

    @Test
    void shouldRejectAnUnsupportedSignatureVersion() {
        assertThatThrownBy(() -> verifierAt(TIMESTAMP, SECRET).verify(headers(ID, TIMESTAMP,
                SIGNATURE.replace("v1,", "v2,")), bytes(BODY))).isInstanceOf(WebhookRejected.class);
    }

    @Test
    void shouldRefuseASecretThatIsNotBase64() {
        assertThatThrownBy(() -> new SvixVerifier(List.of("whsec_not base64!"), Clock.systemUTC()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageNotContaining("not base64!");
    }

    private static SvixVerifier verifierAt(long epochSecond, String... secrets) {
        return new SvixVerifier(List.of(secrets), Clock.fixed(Instant.ofEpochSecond(epochSecond), ZoneOffset.UTC));
    }

    private static Map<String, String> headers(String id, long timestamp, String signature) {
        return Map.of("svix-id", id, "svix-timestamp", Long.toString(timestamp), "svix-signature", signature);
    }

    private static byte[] bytes(String body) {
        return body.getBytes(StandardCharsets.UTF_8);
    }
}
