package io.credsync.testsupport;

import java.time.Instant;
import java.util.Map;

import io.credsync.model.Topics;
import io.credsync.model.Vendor;
import io.credsync.model.connection.ConnectionDefinition;
import io.credsync.model.json.Json;

/**
 * Defines a vendor connection the way the registry does, by publishing its definition on
 * {@code credsync.connections.v1}: runtimes under test follow it as they follow the registry. The secret itself is
 * given to the runtime under test as {@code credsync.secret.<secretRef>}.
 */
public final class TestConnections {

    private TestConnections() {
    }

    public static ConnectionDefinition define(String tenant, String id, Vendor vendor, String baseUrl,
            String secretRef, int ratePerSecond, Map<String, String> options) {
        var definition = new ConnectionDefinition(tenant, id, vendor, baseUrl, secretRef, ratePerSecond, options,
                System.nanoTime(), Instant.now());
        TopicProbe.send(Topics.CONNECTIONS, definition.recordKey(), Json.write(definition));
        return definition;
    }

    public static ConnectionDefinition define(String tenant, String id, Vendor vendor, String baseUrl,
            String secretRef) {
        return define(tenant, id, vendor, baseUrl, secretRef, 200, Map.of());
    }
}
