package io.credsync.support.storage;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;

import javax.sql.DataSource;

import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.ResourceProvider;
import org.flywaydb.core.api.resource.LoadableResource;
import org.flywaydb.core.internal.resource.classpath.ClassPathResource;

/**
 * Migrates one schema from migration files named one by one (the runtime's and a vendor's), with no class-path
 * scanning: scanning does not see inside Quarkus' packaged jars, and a vendor plug-in's files must be found wherever
 * its jar is. Each vendor gets its own schema, so vendors never share a migration history.
 */
public final class SchemaMigrations {

    private SchemaMigrations() {
    }

    /** @param files class-path resources such as {@code db/dispatcher/V1__dispatcher.sql} */
    public static int migrate(DataSource dataSource, String schema, List<String> files) {
        var loader = SchemaMigrations.class.getClassLoader();
        var result = Flyway.configure(loader)
                .dataSource(dataSource)
                .schemas(schema)
                .defaultSchema(schema)
                .createSchemas(true)
                // the runtime's files (V1…) and a vendor's (V1000…) grow apart: a new runtime file comes after them
                .outOfOrder(true)
                .resourceProvider(new ListedFiles(files, Thread.currentThread().getContextClassLoader() == null
                        ? loader
                        : Thread.currentThread().getContextClassLoader()))
                .javaMigrationClassProvider(List::of)
                .load()
                .migrate();
        return result.migrationsExecuted;
    }

    /** Flyway's view of the named files: it asks by prefix and suffix ({@code V}, {@code .sql}). */
    private record ListedFiles(List<String> files, ClassLoader loader) implements ResourceProvider {

        @Override
        public LoadableResource getResource(String name) {
            return files.stream().filter(f -> f.equals(name) || f.endsWith("/" + name)).findFirst()
                    .map(this::resource).orElse(null);
        }

        @Override
        public Collection<LoadableResource> getResources(String prefix, String[] suffixes) {
            return files.stream()
                    .filter(f -> {
                        String name = f.substring(f.lastIndexOf('/') + 1);
                        return name.startsWith(prefix) && Arrays.stream(suffixes).anyMatch(name::endsWith);
                    })
                    .map(this::resource)
                    .toList();
        }

        private LoadableResource resource(String file) {
            if (loader.getResource(file) == null) {
                throw new IllegalStateException("migration " + file + " is not on the class path");
            }
            return new ClassPathResource(null, file, loader, StandardCharsets.UTF_8);
        }
    }
}
