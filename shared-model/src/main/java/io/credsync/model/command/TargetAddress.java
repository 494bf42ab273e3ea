package io.credsync.model.command;

import java.util.Map;

import io.credsync.model.json.CredsyncJson;

/**
 * Where a command goes: the vendor account (connection) whose API key and base URL the dispatcher holds, and the
 * target's vendor address (Jetstream DeviceName, Seam acs_system_id, BAS-IP panel URL...) and settings (e.g. a
 * BAS-IP panel's {@code wiegand_mode}).
 */
@CredsyncJson
public record TargetAddress(String connectionId, String address, Map<String, String> settings) {

    public TargetAddress {
        settings = settings == null ? Map.of() : Map.copyOf(settings);
    }
}
