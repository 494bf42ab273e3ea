package io.credsync.registry;

import java.io.Serializable;

/** Composite key of rows whose id is chosen by the tenant (connections, targets). */
public record TenantScopedId(String tenant, String id) implements Serializable {
}
