package io.credsync.registry.write;

import java.time.Instant;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.credsync.model.credential.HolderDetails;
import io.credsync.registry.holder.Holder;
import io.smallrye.mutiny.Uni;

/** Finds or creates holders by the tenant's external id, inside the caller's unit of work. */
@ApplicationScoped
public class HolderDirectory {

    /** The holder, and whether its details changed (which changes what vendors show). */
    public record Upserted(Holder holder, boolean changed) {
    }

    public Uni<Upserted> upsert(WriteContext context, String tenant, String externalId, HolderDetails details) {
        return context.holder(tenant, externalId)
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
                    context.holderLoaded(holder);
                    return holder.<Holder>persist().map(saved -> new Upserted(saved, false));
                });
    }
}
