package io.credsync.model.command;

import java.util.UUID;

import io.credsync.model.credential.HolderDetails;
import io.credsync.model.json.CredsyncJson;

/** The holder as a command carries it: our id (stable across vendors), the producer's id, and the details. */
@CredsyncJson
public record HolderRef(UUID holderId, String externalHolderId, HolderDetails details) {
}
