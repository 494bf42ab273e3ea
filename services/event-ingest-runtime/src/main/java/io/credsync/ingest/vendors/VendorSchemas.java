package io.credsync.ingest.vendors;

import java.util.ArrayList;
import java.util.List;

import javax.sql.DataSource;

import jakarta.enterprise.context.ApplicationScoped;

import org.flywaydb.core.Flyway;

import io.agroal.api.AgroalDataSource;
import io.credsync.model.Vendor;

/**
 * One schema per hosted vendor, {@code ingest_<vendor>}, migrated with Flyway from the runtime's tables
 * ({@code db/ingest/runtime}, versions below 1000) and then the plug-in's own ({@code V1000} on), so vendors never
 * share a table or a migration history.
 */
@ApplicationScoped
public class VendorSchemas {

    static final String RUNTIME_MIGRATIONS = "classpath:db/ingest/runtime";

    private final AgroalDataSource pool;

    public VendorSchemas(AgroalDataSource pool) {
        this.pool = pool;
    }

    /** Migrates the vendor's schema and returns it as the vendor's storage. */
    public DataSource migrate(Vendor vendor, List<String> vendorMigrations) {
        String schema = "ingest_" + vendor.id();
        var locations = new ArrayList<String>();
        locations.add(RUNTIME_MIGRATIONS);
        vendorMigrations.forEach(l -> locations.add(l.contains(":") ? l : "classpath:" + l));
        Flyway.configure(Thread.currentThread().getContextClassLoader())
                .dataSource(pool)
                .schemas(schema)
                .defaultSchema(schema)
                .locations(locations.toArray(String[]::new))
                .failOnMissingLocations(true)
                .load()
                .migrate();
        return new SchemaDataSource(pool, schema);
    }
}
