package io.credsync.simulator.seam.webhook;

import java.lang.System.Logger.Level;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletionException;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import io.credsync.simulator.seam.events.SeamEvent;

/**
 * Seam's webhooks, sent the way Svix sends them: each event is POSTed to the endpoint with {@code svix-id} (stable
 * across retries), {@code svix-timestamp} and {@code svix-signature}; a non-2xx answer or no answer is retried on
 * Svix's schedule ({@link #SVIX_SCHEDULE}), each wait multiplied by {@link #retryScale()} so tests can run it in
 * milliseconds. {@link #pause()} loses webhooks: whatever comes due while paused is dropped, never sent.
 */
public final class Webhooks {

    /** Wait before each attempt, after the previous one failed: immediately, 5 s, 5 min, 30 min, 2 h, 5 h, 10 h, 10 h. */
    public static final List<Duration> SVIX_SCHEDULE = List.of(Duration.ZERO, Duration.ofSeconds(5),
            Duration.ofMinutes(5), Duration.ofMinutes(30), Duration.ofHours(2), Duration.ofHours(5),
            Duration.ofHours(10), Duration.ofHours(10));

    private static final System.Logger LOG = System.getLogger(Webhooks.class.getName());

    private final ScheduledExecutorService scheduler;
    private final Clock clock;
    private final Duration attemptTimeout;
    private final HttpClient http;
    private final Map<String, Delivery> deliveries = new LinkedHashMap<>();
    private volatile String url;
    private volatile List<String> secrets;
    private volatile double retryScale;
    private volatile boolean paused;

    public Webhooks(ScheduledExecutorService scheduler, Clock clock, Duration attemptTimeout) {
        this.scheduler = scheduler;
        this.clock = clock;
        this.attemptTimeout = attemptTimeout;
        this.http = HttpClient.newBuilder().connectTimeout(attemptTimeout).build();
        reset(null, null, 1.0);
    }

    /** Where webhooks go; null stops sending (events are still listed by {@code /events/list}). */
    public void endpoint(String url) {
        if (url != null) {
            URI.create(url);
        }
        this.url = url;
    }

    public Optional<String> endpoint() {
        return Optional.ofNullable(url);
    }

    /** Signs with this secret only ({@code whsec_<base64>}). */
    public void secret(String secret) {
        SvixSignature.key(secret);
        this.secrets = List.of(secret);
    }

    /** Signs with {@code newSecret} and, as Svix does during a rotation, the secrets used so far. */
    public void rotateSecret(String newSecret) {
        SvixSignature.key(newSecret);
        List<String> next = new ArrayList<>();
        next.add(newSecret);
        next.addAll(secrets);
        this.secrets = List.copyOf(next);
    }

    /** The active secrets, newest first; the first is the one to verify with. */
    public List<String> secrets() {
        return secrets;
    }

    public String secret() {
        return secrets.get(0);
    }

    /** Multiplies every wait of the retry schedule (1.0 = Svix's real schedule, 0.001 = milliseconds). */
    public void retryScale(double factor) {
        if (factor < 0 || Double.isNaN(factor)) {
            throw new IllegalArgumentException("retry scale must be >= 0: " + factor);
        }
        this.retryScale = factor;
    }

    public double retryScale() {
        return retryScale;
    }

    public void pause() {
        paused = true;
    }

    public void resume() {
        paused = false;
    }

    public boolean paused() {
        return paused;
    }

    public synchronized List<WebhookDelivery> deliveries() {
        return deliveries.values().stream().map(Delivery::snapshot).toList();
    }

    public synchronized List<WebhookDelivery> deliveriesOf(String eventId) {
        return deliveries.values().stream().filter(d -> d.eventId.equals(eventId)).map(Delivery::snapshot).toList();
    }

    /** Sends an event (called for every new event). */
    public void publish(SeamEvent event) {
        String target = url;
        if (target == null) {
            return;
        }
        Delivery delivery = new Delivery(SvixSignature.newMessageId(), event.eventId(), event.eventType(), target,
                event.json().encode());
        synchronized (this) {
            deliveries.put(delivery.svixId, delivery);
        }
        schedule(delivery, 1);
    }

    /** Back to the given configuration (a fresh secret if none), forgetting every delivery. */
    public synchronized void reset(String url, String secret, double retryScale) {
        deliveries.clear();
        endpoint(url);
        secret(secret == null ? SvixSignature.newSecret() : secret);
        retryScale(retryScale);
        paused = false;
    }

    private void schedule(Delivery delivery, int number) {
        Duration wait = SVIX_SCHEDULE.get(number - 1);
        long nanos = (long) (wait.toNanos() * retryScale);
        try {
            scheduler.schedule(() -> attempt(delivery, number), nanos, TimeUnit.NANOSECONDS);
        } catch (RejectedExecutionException e) {
            LOG.log(Level.DEBUG, "simulator closed, webhook attempt dropped");
        }
    }

    private void attempt(Delivery delivery, int number) {
        synchronized (this) {
            if (deliveries.get(delivery.svixId) != delivery) {
                return; // reset since
            }
        }
        if (paused) {
            delivery.drop();
            return;
        }
        Instant at = clock.instant();
        long timestamp = at.getEpochSecond();
        String signature = SvixSignature.header(delivery.svixId, timestamp, delivery.payload, secrets);
        HttpRequest request = HttpRequest.newBuilder(URI.create(delivery.url))
                .timeout(attemptTimeout)
                .header("content-type", "application/json")
                .header("user-agent", "Svix-Webhooks/1.0 (credsync seam-simulator)")
                .header("svix-id", delivery.svixId)
                .header("svix-timestamp", Long.toString(timestamp))
                .header("svix-signature", signature)
                .POST(HttpRequest.BodyPublishers.ofString(delivery.payload))
                .build();
        http.sendAsync(request, HttpResponse.BodyHandlers.discarding()).whenComplete((response, error) -> {
            int status = response == null ? 0 : response.statusCode();
            Throwable cause = error instanceof CompletionException && error.getCause() != null
                    ? error.getCause()
                    : error;
            String failure = cause == null ? null : cause.getClass().getSimpleName() + ": " + cause.getMessage();
            WebhookAttempt attempt = new WebhookAttempt(number, at, timestamp, signature, status, failure);
            boolean retry = delivery.record(attempt, number < SVIX_SCHEDULE.size());
            if (retry) {
                schedule(delivery, number + 1);
            }
        });
    }

    /** A message and its attempts; guarded by its own monitor. */
    private static final class Delivery {

        final String svixId;
        final String eventId;
        final String eventType;
        final String url;
        final String payload;
        private final List<WebhookAttempt> attempts = new ArrayList<>();
        private WebhookDelivery.Status status = WebhookDelivery.Status.PENDING;

        Delivery(String svixId, String eventId, String eventType, String url, String payload) {
            this.svixId = svixId;
            this.eventId = eventId;
            this.eventType = eventType;
            this.url = url;
            this.payload = payload;
        }

        synchronized boolean record(WebhookAttempt attempt, boolean attemptsLeft) {
            attempts.add(attempt);
            if (attempt.succeeded()) {
                status = WebhookDelivery.Status.SUCCEEDED;
                return false;
            }
            status = attemptsLeft ? WebhookDelivery.Status.PENDING : WebhookDelivery.Status.FAILED;
            return attemptsLeft;
        }

        synchronized void drop() {
            status = WebhookDelivery.Status.DROPPED;
        }

        synchronized WebhookDelivery snapshot() {
            return new WebhookDelivery(svixId, eventId, eventType, url, payload, status, List.copyOf(attempts));
        }
    }
}
