package io.credsync.simulator.seam;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.assertj.core.data.Offset;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.credsync.simulator.seam.webhook.WebhookDelivery;
import io.credsync.simulator.seam.webhook.Webhooks;
import io.vertx.core.json.JsonObject;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

class WebhookDeliveryTest {

    private static final String SECRET = "whsec_" + Base64.getEncoder()
            .encodeToString("credsync-test-webhook-secret-32b".getBytes(StandardCharsets.UTF_8));
    private static final String ROTATED_SECRET = "whsec_" + Base64.getEncoder()
            .encodeToString("credsync-rotated-webhook-secret!".getBytes(StandardCharsets.UTF_8));

    private static SeamSimulator seam;
    private static SeamHttp http;
    private WebhookReceiver receiver;
    private AcsSystemFixture hq;

    @BeforeAll
    static void start() {
        seam = SeamSimulator.start(0, "seam_test_webhooks_key");
        http = new SeamHttp(seam);
    }

    @AfterAll
    static void stop() {
        seam.close();
    }

    @BeforeEach
    void endpoint() {
        seam.reset();
        receiver = new WebhookReceiver();
        seam.webhooks().endpoint(receiver.url());
        seam.webhooks().secret(SECRET);
        seam.webhooks().retryScale(0.001);
        hq = seam.addAcsSystem("HQ");
    }

    @AfterEach
    void closeReceiver() {
        receiver.close();
    }

    @Test
    void shouldDeliverEachEventSignedAsSvixSignsIt() {
        // When
        String userId = http.createUser(hq.acsSystemId(), "Jane Doe");
        // Then
        await().atMost(Duration.ofSeconds(5)).until(() -> receiver.received().size() == 1);
        WebhookReceiver.Received webhook = receiver.received().get(0);
        String svixId = webhook.header("svix-id");
        String timestamp = webhook.header("svix-timestamp");
        assertThat(svixId).startsWith("msg_");
        assertThat(Long.parseLong(timestamp)).isCloseTo(Instant.now().getEpochSecond(),
                Offset.offset(60L));
        assertThat(webhook.header("svix-signature")).isEqualTo("v1," + hmac(SECRET, svixId, timestamp, webhook.body()));
        assertThat(webhook.header("content-type")).isEqualTo("application/json");
        JsonObject event = new JsonObject(webhook.body());
        assertThat(event.getString("event_type")).isEqualTo("acs_user.created");
        assertThat(event.getString("acs_user_id")).isEqualTo(userId);
        assertThat(event).isEqualTo(seam.events().get(0).json());
    }

    @Test
    void shouldRetryAFailingReceiverKeepingTheSvixId() {
        // Given
        receiver.answering(500, 503);
        // When
        http.createUser(hq.acsSystemId(), "Jane Doe");
        // Then
        await().atMost(Duration.ofSeconds(10)).until(() -> delivery().status() == WebhookDelivery.Status.SUCCEEDED);
        List<WebhookReceiver.Received> attempts = receiver.received();
        assertThat(attempts).hasSize(3);
        assertThat(attempts).extracting(r -> r.header("svix-id")).containsOnly(delivery().svixId());
        assertThat(attempts).allSatisfy(r -> assertThat(r.header("svix-signature"))
                .isEqualTo("v1," + hmac(SECRET, r.header("svix-id"), r.header("svix-timestamp"), r.body())));
        assertThat(delivery().attempts()).extracting(a -> a.status()).containsExactly(500, 503, 204);
    }

    @Test
    void shouldGiveUpAfterSvixsLastAttemptWhenNobodyAnswers() {
        // Given
        int closedPort = portOf(receiver);
        receiver.close();
        seam.webhooks().endpoint("http://127.0.0.1:" + closedPort + "/webhooks/seam");
        seam.webhooks().retryScale(0.00001);
        // When
        http.createUser(hq.acsSystemId(), "Jane Doe");
        // Then
        await().atMost(Duration.ofSeconds(15)).until(() -> delivery().status() == WebhookDelivery.Status.FAILED);
        assertThat(delivery().attempts()).hasSize(Webhooks.SVIX_SCHEDULE.size());
        assertThat(delivery().attempts()).allSatisfy(a -> {
            assertThat(a.status()).isZero();
            assertThat(a.error()).isNotBlank();
        });
    }

    @Test
    void shouldSignWithBothSecretsWhileASecretIsRotated() {
        // Given
        seam.webhooks().rotateSecret(ROTATED_SECRET);
        // When
        http.createUser(hq.acsSystemId(), "Jane Doe");
        // Then
        await().atMost(Duration.ofSeconds(5)).until(() -> receiver.received().size() == 1);
        WebhookReceiver.Received webhook = receiver.received().get(0);
        String id = webhook.header("svix-id");
        String timestamp = webhook.header("svix-timestamp");
        assertThat(webhook.header("svix-signature").split(" ")).containsExactly(
                "v1," + hmac(ROTATED_SECRET, id, timestamp, webhook.body()),
                "v1," + hmac(SECRET, id, timestamp, webhook.body()));
    }

    @Test
    void shouldLoseWebhooksWhilePausedButStillListTheEvents() {
        // Given
        seam.webhooks().pause();
        // When
        String lost = http.createUser(hq.acsSystemId(), "Lost");
        // Then
        await().atMost(Duration.ofSeconds(5)).until(() -> delivery().status() == WebhookDelivery.Status.DROPPED);
        seam.webhooks().resume();
        String delivered = http.createUser(hq.acsSystemId(), "Delivered");
        await().atMost(Duration.ofSeconds(5)).until(() -> receiver.received().size() == 1);
        assertThat(new JsonObject(receiver.received().get(0).body()).getString("acs_user_id")).isEqualTo(delivered);
        assertThat(http.post("/events/list", new JsonObject().put("since", "2000-01-01T00:00:00Z")).json()
                .getJsonArray("events").getJsonObject(0).getString("acs_user_id")).isEqualTo(lost);
    }

    private static WebhookDelivery delivery() {
        return seam.webhooks().deliveries().get(0);
    }

    private static int portOf(WebhookReceiver receiver) {
        String url = receiver.url();
        return Integer.parseInt(url.substring(url.lastIndexOf(':') + 1, url.indexOf('/', 8)));
    }

    /** Svix's scheme, computed independently of the simulator's code. */
    private static String hmac(String secret, String id, String timestamp, String body) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(Base64.getDecoder().decode(secret.substring("whsec_".length())),
                    "HmacSHA256"));
            byte[] signed = mac.doFinal((id + "." + timestamp + "." + body).getBytes(StandardCharsets.UTF_8));
            return Base64.getEncoder().encodeToString(signed);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
