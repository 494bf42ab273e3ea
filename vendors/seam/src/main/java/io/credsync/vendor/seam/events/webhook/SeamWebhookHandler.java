package io.credsync.vendor.seam.events.webhook;

import java.io.IOException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.jboss.logging.Logger;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;

import io.credsync.model.json.Json;
import io.credsync.model.validation.FieldLimits;
import io.credsync.vendor.seam.events.SeamEvent;
import io.credsync.vendor.seam.events.SeamEventHandler;
import io.credsync.vendor.seam.events.SeamEventTypes;
import io.credsync.vendor.seam.events.webhook.SvixVerifier.Verified;
import io.credsync.vendor.spi.SecretLookup;
import io.credsync.vendor.spi.VendorConnection;
import io.credsync.vendor.spi.events.EventDeadLetters;
import io.credsync.vendor.spi.events.EventMetrics;
import io.credsync.vendor.spi.events.WebhookHandler;

/**
 * Seam's webhooks, sent through Svix: verified with the connection's secrets (option {@code webhook_secret_refs},
 * comma-separated secret refs: old and new while rotating), then handled once per Svix message. A credential event
 * goes to the event handler, a known but irrelevant type is ignored, and what cannot be handled (unparseable, unknown
 * type) is parked on the dead-letter topic, so that Svix is answered 2xx and does not retry it for days. The message
 * id is recorded only after all that succeeded; a failure leaves it to Svix's retry.
 */
public final class SeamWebhookHandler implements WebhookHandler {

    /** The connection option naming the webhook secrets. */
    public static final String SECRET_REFS = "webhook_secret_refs";
    private static final Logger LOG = Logger.getLogger(SeamWebhookHandler.class);

    /** What one delivery needs besides its connection. */
    public record Parts(WebhookMessages messages, SeamEventHandler events, EventDeadLetters deadLetters,
            SecretLookup secrets, EventMetrics metrics, Clock clock) {
    }

    private final Parts parts;

    public SeamWebhookHandler(Parts parts) {
        this.parts = parts;
    }

    @Override
    public WebhookAnswer receive(VendorConnection connection, Map<String, String> headers, byte[] body)
            throws Exception {
        Verified message;
        try {
            message = verifier(connection).verify(headers, body);
        } catch (WebhookRejected e) {
            return WebhookAnswer.notVerified(e.getMessage());
        }
        String key = connection.tenant() + "/" + connection.id();
        if (parts.messages().handled(key, message.messageId())) {
            count("duplicate");
            return WebhookAnswer.accepted();
        }
        process(connection.id(), message, body);
        parts.messages().markHandled(key, message.messageId());
        return WebhookAnswer.accepted();
    }

    /** Built per delivery: a rotated secret is used as soon as it resolves. */
    private SvixVerifier verifier(VendorConnection connection) {
        var secrets = new ArrayList<String>();
        for (String ref : connection.option(SECRET_REFS, "").split(",")) {
            if (!ref.isBlank()) {
                parts.secrets().find(ref.trim()).ifPresentOrElse(secret -> secrets.add(secret.reveal()),
                        () -> LOG.warnf("webhook secret %s of %s is not available here", ref.trim(), connection));
            }
        }
        try {
            return new SvixVerifier(List.copyOf(secrets), parts.clock());
        } catch (IllegalArgumentException e) {
            LOG.warnf("a webhook secret of %s is malformed: %s", connection, e.getMessage());
            return new SvixVerifier(List.of(), parts.clock());
        }
    }

    private void process(String connectionId, Verified message, byte[] body) throws Exception {
        JsonNode json;
        try {
            json = Json.mapper().readTree(body);
        } catch (JsonProcessingException e) {
            // the location only: Jackson's message can quote the body, which may hold a code
            var at = e.getLocation();
            deadLetter(connectionId, message, body, "unparseable JSON" + (at == null
                    ? ""
                    : " at line " + at.getLineNr() + ", column " + at.getColumnNr()), "unparseable_json");
            return;
        } catch (IOException e) {
            deadLetter(connectionId, message, body, "unreadable body", "unparseable_json");
            return;
        }
        if (json == null || !json.isObject()) {
            deadLetter(connectionId, message, body, "the body is not a JSON object", "unparseable_json");
            return;
        }
        SeamEvent event;
        try {
            event = Json.mapper().convertValue(json, SeamEvent.class);
        } catch (IllegalArgumentException e) {
            deadLetter(connectionId, message, body, "event fields of the wrong type", "invalid_event");
            return;
        }
        switch (SeamEventTypes.classify(event.eventType())) {
            case UNKNOWN -> deadLetter(connectionId, message, body, "unknown event type "
                    + FieldLimits.forMessage(event.eventType()), "unknown_event_type");
            case IGNORED -> count("ignored");
            case CREDENTIAL -> {
                if (event.eventId() == null) {
                    deadLetter(connectionId, message, body, "no event_id", "invalid_event");
                    return;
                }
                parts.events().handle(connectionId, event);
                count("handled");
            }
        }
    }

    private void deadLetter(String connectionId, Verified message, byte[] body, String reason, String cause)
            throws Exception {
        parts.deadLetters().park(message.messageId(), body, cause, reason, Map.of(
                "dead-letter-source", "seam-webhook",
                "seam-connection-id", connectionId,
                "svix-id", message.messageId()));
        count("dead_lettered");
    }

    private void count(String result) {
        parts.metrics().count("webhooks", "result", result);
    }
}
