package io.credsync.vendor.basip.api;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import io.credsync.model.crypto.SecretValue;

/**
 * The bearer token of each panel, kept between conversations so that a panel is logged in once and again only when it
 * answers 401 ({@code {"error":"Log In"}}). Keyed by tenant, connection and panel URL: two tenants' panels never
 * share a token. In memory only: a restart logs in again.
 */
public final class PanelSessions {

    private final Map<String, SecretValue> tokens = new ConcurrentHashMap<>();

    Optional<SecretValue> token(String key) {
        return Optional.ofNullable(tokens.get(key));
    }

    void remember(String key, SecretValue token) {
        tokens.put(key, token);
    }

    void forget(String key) {
        tokens.remove(key);
    }
}
