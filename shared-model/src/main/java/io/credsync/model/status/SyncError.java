package io.credsync.model.status;

import java.time.Instant;

import io.credsync.model.json.CredsyncJson;

/** The last error a target reported, with the vendor's own code and message. */
@CredsyncJson
public record SyncError(String code, String message, long version, Instant at) {
}
