package io.credsync.support.plugins;

import java.util.List;

import org.junit.jupiter.api.Test;

import io.credsync.model.Vendor;
import io.credsync.vendor.spi.VendorPlugin;
import io.credsync.vendor.spi.dispatch.DispatchContext;
import io.credsync.vendor.spi.dispatch.VendorAdapter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PluginSelectionTest {

    private static final VendorPlugin JETSTREAM = plugin(Vendor.JETSTREAM);
    private static final VendorPlugin SEAM = plugin(Vendor.SEAM);
    private static final List<VendorPlugin> INSTALLED = List.of(JETSTREAM, SEAM);

    @Test
    void shouldRunEveryInstalledPluginForAll() {
        assertThat(PluginSelection.select("all", INSTALLED)).containsExactly(JETSTREAM, SEAM);
    }

    @Test
    void shouldRunEveryInstalledPluginWhenNothingIsSelected() {
        assertThat(PluginSelection.select(" ", INSTALLED)).containsExactly(JETSTREAM, SEAM);
    }

    @Test
    void shouldRunOnlyTheSelectedVendor() {
        assertThat(PluginSelection.select(" Seam ", INSTALLED)).containsExactly(SEAM);
    }

    @Test
    void shouldRunSeveralSelectedVendorsInTheirInstalledOrder() {
        assertThat(PluginSelection.select("seam,jetstream", INSTALLED)).containsExactly(JETSTREAM, SEAM);
    }

    @Test
    void shouldRefuseAnUnknownVendorIdNamingTheInstalledOnes() {
        assertThatThrownBy(() -> PluginSelection.select("jetstrem", INSTALLED))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("unknown vendor 'jetstrem'")
                .hasMessageContaining("installed: jetstream, seam");
    }

    @Test
    void shouldRefuseAVendorThatIsNotInstalled() {
        assertThatThrownBy(() -> PluginSelection.select("jetstream,genetec", INSTALLED))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("vendor genetec is selected but not installed")
                .hasMessageContaining("installed: jetstream, seam");
    }

    @Test
    void shouldRefuseTwoPluginsForOneVendor() {
        var twice = List.of(JETSTREAM, SEAM, plugin(Vendor.SEAM));
        assertThatThrownBy(() -> PluginSelection.select("jetstream", twice))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("two plug-ins for vendor seam");
    }

    @Test
    void shouldNameTheSelectedVendors() {
        assertThat(PluginSelection.ids(INSTALLED)).isEqualTo("jetstream,seam");
    }

    private static VendorPlugin plugin(Vendor vendor) {
        return new VendorPlugin() {
            @Override
            public Vendor vendor() {
                return vendor;
            }

            @Override
            public VendorAdapter dispatchAdapter(DispatchContext context) {
                throw new UnsupportedOperationException("selection never builds adapters");
            }
        };
    }
}
