package io.credsync.ingest.events;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import io.credsync.model.outcome.SyncOutcome;
import io.credsync.support.vendor.OutcomePublisher;
import io.credsync.vendor.spi.events.OutcomeSink;

/** The event sides' outcomes, published as this application ({@code source}) and acknowledged before returning. */
@ApplicationScoped
public class IngestOutcomes implements OutcomeSink {

    private final OutcomePublisher publisher;
    private final String source;

    public IngestOutcomes(OutcomePublisher publisher,
            @ConfigProperty(name = "quarkus.application.name") String source) {
        this.publisher = publisher;
        this.source = source;
    }

    @Override
    public void publish(List<SyncOutcome> outcomes) throws Exception {
        if (!outcomes.isEmpty()) {
            publisher.publish(outcomes);
        }
    }

    @Override
    public String source() {
        return source;
    }
}
