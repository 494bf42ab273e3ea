package io.credsync.registry;

import org.junit.jupiter.api.Test;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;

import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/**
 * The registry's packages form layers: REST ({@code api}) and consumers ({@code messaging}) on the write path
 * ({@code write}: credential writer, fan-out, window edges), which uses the entities and queries of {@code credential},
 * {@code holder}, {@code targets}, {@code status} and {@code schedule}; none of those reaches back up.
 */
class RegistryPackagesTest {

    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("io.credsync.registry");

    @Test
    void shouldHaveNoCycleBetweenPackages() {
        slices().matching("io.credsync.registry.(*)..").should().beFreeOfCycles().check(CLASSES);
    }
}
