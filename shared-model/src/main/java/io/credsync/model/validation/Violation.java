package io.credsync.model.validation;

import io.credsync.model.json.CredsyncJson;

/**
 * One broken rule: the field (relative to the credential, e.g. {@code value}, {@code validity.ends_at},
 * {@code grant.lock}, {@code target.address}), the target whose vendor imposes it (null for rules of credsync
 * itself), a stable rule id (e.g. {@code intserv.pin.four_digits}) and a message that never quotes a secret.
 */
@CredsyncJson
public record Violation(String field, String targetId, String rule, String message) {
}
