package io.credsync.registry.credential;

import io.credsync.model.command.Presence;

/** Lifecycle of a credential. Revoked is final: a revoked credential is never re-activated, a new one is issued. */
public enum CredentialState {
    ACTIVE, SUSPENDED, REVOKED;

    public String dbValue() {
        return name().toLowerCase();
    }

    public static CredentialState fromDb(String value) {
        return valueOf(value.toUpperCase());
    }

    /** What a target granted this credential should hold, before the validity window is considered. */
    public Presence presence() {
        return switch (this) {
            case ACTIVE -> Presence.PRESENT;
            case SUSPENDED -> Presence.SUSPENDED;
            case REVOKED -> Presence.ABSENT;
        };
    }
}
