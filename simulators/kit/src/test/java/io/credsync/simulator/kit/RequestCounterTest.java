package io.credsync.simulator.kit;

import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class RequestCounterTest {

    private static final String BASIC = "/3/devices/{DeviceName}/credentials/basic";

    private final RequestCounter counter = new RequestCounter();

    @Test
    void shouldCountPerMethodTemplateAndAccount() {
        // Given
        counter.record(new VendorRequest("PUT", BASIC, "/3/devices/A/credentials/basic", "A"));
        counter.record(new VendorRequest("PUT", BASIC, "/3/devices/A/credentials/basic", "A"));
        counter.record(new VendorRequest("GET", BASIC, "/3/devices/B/credentials/basic", "B"));

        // When / Then
        assertThat(counter.count("put", BASIC, "A")).isEqualTo(2);
        assertThat(counter.count("PUT", BASIC)).isEqualTo(2);
        assertThat(counter.count(BASIC)).isEqualTo(3);
        assertThat(counter.byEndpoint()).containsExactly(Map.entry("GET " + BASIC, 1L), Map.entry("PUT " + BASIC, 2L));
        assertThat(counter.byTemplate()).containsExactly(Map.entry(BASIC, 3L));
        assertThat(counter.byAccount().get("PUT " + BASIC)).containsExactly(Map.entry("A", 2L));
    }

    @Test
    void shouldForgetEverythingOnClear() {
        // Given
        counter.record(new VendorRequest("POST", "/acs/users/create", "/acs/users/create", null));

        // When
        counter.clear();

        // Then
        assertThat(counter.byEndpoint()).isEmpty();
        assertThat(counter.count("/acs/users/create")).isZero();
    }
}
