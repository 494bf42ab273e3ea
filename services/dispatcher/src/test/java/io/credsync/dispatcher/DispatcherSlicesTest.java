package io.credsync.dispatcher;

import org.junit.jupiter.api.Test;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;

import io.credsync.model.Vendor;
import io.credsync.testsupport.arch.SliceBoundaries;
import io.credsync.vendor.spi.VendorPlugin;

import static org.assertj.core.api.Assertions.assertThat;

/** The dispatcher application as shipped: every vendor is a plug-in found on its class path, kept in its slice. */
class DispatcherSlicesTest {

    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("io.credsync");

    @Test
    void shouldFindEveryVendorModuleAsAPlugin() {
        assertThat(VendorPlugin.installed()).extracting(VendorPlugin::vendor)
                .contains(Vendor.JETSTREAM, Vendor.SEAM)
                .doesNotHaveDuplicates();
        assertThat(SliceBoundaries.vendors(CLASSES)).contains("jetstream", "seam");
    }

    @Test
    void shouldKeepEveryVendorInsideItsSlice() {
        SliceBoundaries.rules(CLASSES).forEach(rule -> rule.check(CLASSES));
    }
}
