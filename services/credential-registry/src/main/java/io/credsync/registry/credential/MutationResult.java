package io.credsync.registry.credential;

import java.util.UUID;

/** What a mutation did: the credential's id and version after it, and whether anything changed. */
public record MutationResult(UUID credentialId, long version, boolean changed, boolean duplicate, int commands) {
}
