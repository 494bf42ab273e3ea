package io.credsync.ingest.testing;

import java.time.Instant;
import java.util.Map;

import io.credsync.model.Topics;
import io.credsync.model.Vendor;
import io.credsync.model.connection.ConnectionDefinition;
import io.credsync.model.json.Json;
import io.credsync.testsupport.TopicProbe;

/** Defines a connection as the registry does: a record on {@code credsync.connections.v1}, keyed {@code tenant/id}. */
public final class PublishedConnections {

    private PublishedConnections() {
    }

    /** @param secretRef resolved by the runtime, e.g. from the test property {@code credsync.secret.<ref>} */
    public static void publish(String tenant, String id, Vendor vendor, String baseUrl, String secretRef,
            Map<String, String> options) {
        var definition = new ConnectionDefinition(tenant, id, vendor, baseUrl, secretRef, 100, options,
                System.nanoTime(), Instant.now());
        TopicProbe.send(Topics.CONNECTIONS, definition.recordKey(), Json.write(definition));
    }
}
