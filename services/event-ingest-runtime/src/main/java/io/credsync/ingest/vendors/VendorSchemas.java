package io.credsync.ingest.vendors;

import java.util.ArrayList;
import java.util.List;

import javax.sql.DataSource;

import jakarta.enterprise.context.ApplicationScoped;

import io.agroal.api.AgroalDataSource;
import io.credsync.model.Vendor;
import io.credsync.support.storage.SchemaDataSource;
import io.credsync.support.storage.SchemaMigrations;

/**
 * One schema per hosted vendor, {@code ingest_<vendor>}, migrated from the runtime's tables (versions below 1000) and
 * then the plug-in's own ({@code V1000} on), named file by file, so vendors never share a table or a migration history.
 */
@ApplicationScoped
public class VendorSchemas {

    static final String RUNTIME_MIGRATION = "db/ingest/runtime/V1__seen_vendor_event.sql";

    private final AgroalDataSource pool;

    public VendorSchemas(AgroalDataSource pool) {
        this.pool = pool;
    }

    /** Migrates the vendor's schema and returns it as the vendor's storage. */
    public DataSource migrate(Vendor vendor, List<String> vendorMigrations) {
        var storage = new SchemaDataSource(pool, "ingest_" + vendor.id());
        var files = new ArrayList<String>();
        files.add(RUNTIME_MIGRATION);
        files.addAll(vendorMigrations);
        SchemaMigrations.migrate(storage, storage.schema(), files);
        return storage;
    }
}
