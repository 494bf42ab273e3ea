package io.credsync.model.connection;

import java.time.Instant;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonIgnore;

import io.credsync.model.Vendor;
import io.credsync.model.json.CredsyncJson;
import io.credsync.model.validation.ContractViolation;

/**
 * A vendor connection as the registry defines it (its {@code /v1/connections} is the only place), on the compacted
 * {@code credsync.connections.v1} keyed {@code <tenant>/<id>}: the dispatchers and event-ingest follow it. Never a
 * secret: {@code secretRef} names the secret each runtime resolves itself. A record with a null value (tombstone)
 * removes the connection.
 *
 * @param options vendor-specific settings (e.g. Seam's {@code webhook_secret_refs}); references, never secrets
 * @param revision the registry's row version: a follower never lets an older revision replace a newer one
 */
@CredsyncJson
public record ConnectionDefinition(String tenant, String id, Vendor vendor, String baseUrl, String secretRef,
        int rateLimitPerSecond, Map<String, String> options, long revision, Instant updatedAt) {

    public ConnectionDefinition {
        options = options == null ? Map.of() : Map.copyOf(options);
    }

    @JsonIgnore
    public String recordKey() {
        return key(tenant, id);
    }

    public static String key(String tenant, String id) {
        return tenant + "/" + id;
    }

    /** @throws ContractViolation when a follower could not use it */
    public ConnectionDefinition checkRecord(String recordKey) {
        if (tenant == null || id == null || vendor == null || baseUrl == null || secretRef == null) {
            throw new ContractViolation("connection.identity",
                    "a connection needs tenant, id, vendor, base_url and secret_ref");
        }
        if (!recordKey().equals(recordKey)) {
            throw new ContractViolation("record.key", "the record key must be <tenant>/<id> of the connection");
        }
        return this;
    }
}
