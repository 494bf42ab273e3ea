package io.credsync.registry.holder;

import java.time.Instant;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.credsync.model.credential.HolderDetails;
import io.smallrye.mutiny.Uni;

/** Finds or creates holders by the tenant's external id, inside the caller's transaction. */
@ApplicationScoped
public class HolderDirectory {

    /** The holder, and whether its details changed (which changes what vendors show). */
    public record Upserted(Holder holder, boolean changed) {
    }

    public Uni<Upserted> upsert(String tenant, String externalId, HolderDetails details) {
        return Holder.<Holder>find("tenant = ?1 and externalId = ?2", tenant, externalId)
                .firstResult()
                .flatMap(found -> {
                    if (found != null) {
                        boolean changed = found.apply(details);
                        if (changed) {
                            found.rowVersion++;
                            found.updatedAt = Instant.now();
                        }
                        return Uni.createFrom().item(new Upserted(found, changed));
                    }
                    var holder = new Holder();
                    holder.id = UUID.randomUUID();
                    holder.tenant = tenant;
                    holder.externalId = externalId;
                    holder.apply(details);
                    holder.rowVersion = 1;
                    holder.createdAt = Instant.now();
                    holder.updatedAt = holder.createdAt;
                    return holder.<Holder>persist().map(saved -> new Upserted(saved, false));
                });
    }

    /** The holder if it exists; creates nothing. */
    public Uni<Holder> find(String tenant, String externalId) {
        return Holder.<Holder> find("tenant = ?1 and externalId = ?2", tenant, externalId).firstResult();
    }

    public Uni<Holder> byId(UUID id) {
        return Holder.findById(id);
    }
}
