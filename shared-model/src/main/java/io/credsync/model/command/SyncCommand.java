package io.credsync.model.command;

import java.time.Instant;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonIgnore;

import io.credsync.model.Vendor;
import io.credsync.model.crypto.EnvelopeContext;
import io.credsync.model.json.CredsyncJson;

/**
 * One target's desired state for one credential version, on {@code credsync.commands.<vendor>.v1}, keyed by
 * {@code targetId} so that one target's commands stay in order. The value inside {@code desired} is sealed with
 * {@link #envelopeContext()}.
 */
@CredsyncJson
public record SyncCommand(
        UUID commandId,
        String tenant,
        UUID credentialId,
        String targetId,
        Vendor vendor,
        TargetAddress target,
        long version,
        DesiredState desired,
        CommandPriority priority,
        CommandReason reason,
        Instant issuedAt) {

    @JsonIgnore
    public String partitionKey() {
        return targetId;
    }

    @JsonIgnore
    public EnvelopeContext envelopeContext() {
        return new EnvelopeContext(tenant, credentialId.toString());
    }
}
