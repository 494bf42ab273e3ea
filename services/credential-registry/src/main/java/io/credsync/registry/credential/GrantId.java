package io.credsync.registry.credential;

import java.io.Serializable;
import java.util.UUID;

public record GrantId(UUID credentialId, String targetId) implements Serializable {
}
