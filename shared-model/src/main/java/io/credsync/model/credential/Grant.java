package io.credsync.model.credential;

import io.credsync.model.json.CredsyncJson;

/** Access on one target, with the parameters that target's vendor needs (entrances, access levels, lock...). */
@CredsyncJson
public record Grant(String targetId, GrantParameters parameters) {
}
