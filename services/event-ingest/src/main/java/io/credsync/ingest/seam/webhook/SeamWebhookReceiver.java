package io.credsync.ingest.seam.webhook;

import java.io.IOException;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;

import io.credsync.ingest.events.VendorEventDeadLetterPublisher;
import io.credsync.ingest.events.VendorEventDeadLetterPublisher.DeadLetter;
import io.credsync.ingest.seam.SeamEvent;
import io.credsync.ingest.seam.SeamEventHandler;
import io.credsync.ingest.seam.SeamEventTypes;
import io.credsync.ingest.seam.webhook.SvixVerifier.Verified;
import io.credsync.model.json.Json;
import io.credsync.model.validation.FieldLimits;
import io.micrometer.core.instrument.MeterRegistry;

/**
 * Handles a webhook whose signature was verified, once per Svix message: a credential event goes to the event
 * handler, a known but irrelevant type is ignored, and what cannot be handled (unparseable, unknown type) is parked
 * on the dead-letter topic, so that Svix is answered 2xx and does not retry it for days. The message id is recorded
 * only after all that succeeded; a failure leaves it to Svix's retry.
 */
@ApplicationScoped
public class SeamWebhookReceiver {

    private final WebhookMessages messages;
    private final SeamEventHandler events;
    private final VendorEventDeadLetterPublisher deadLetters;
    private final MeterRegistry metrics;

    public SeamWebhookReceiver(WebhookMessages messages, SeamEventHandler events,
            VendorEventDeadLetterPublisher deadLetters, MeterRegistry metrics) {
        this.messages = messages;
        this.events = events;
        this.deadLetters = deadLetters;
        this.metrics = metrics;
    }

    public void receive(String connectionId, Verified message, byte[] body) throws Exception {
        if (messages.handled(connectionId, message.messageId())) {
            count("duplicate");
            return;
        }
        process(connectionId, message, body);
        messages.markHandled(connectionId, message.messageId());
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
                events.handle(connectionId, event);
                count("handled");
            }
        }
    }

    private void deadLetter(String connectionId, Verified message, byte[] body, String reason, String cause)
            throws Exception {
        deadLetters.publish(new DeadLetter(message.messageId(), body, reason, cause, Map.of(
                "dead-letter-source", "seam-webhook",
                "seam-connection-id", connectionId,
                "svix-id", message.messageId())));
        count("dead_lettered");
    }

    private void count(String result) {
        metrics.counter("credsync.ingest.seam.webhooks", "result", result).increment();
    }
}
