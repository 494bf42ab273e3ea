package io.credsync.ingest.outcomes;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.credsync.ingest.vendors.HostedVendor;
import io.credsync.model.Vendor;
import io.credsync.model.outcome.SyncOutcome;
import io.credsync.model.outcome.SyncPhase;

import static org.assertj.core.api.Assertions.assertThat;

class OutcomeVendorsTest {

    private static final HostedVendor JETSTREAM = hosted(Vendor.JETSTREAM);
    private static final HostedVendor SEAM = hosted(Vendor.SEAM);

    @Test
    void shouldRouteAnOutcomeToTheVendorItsRefsName() {
        assertThat(OutcomeVendors.sidesFor(outcome(Map.of("seam.acs_credential_id", "acs-1")), List.of(JETSTREAM,
                SEAM))).containsExactly(SEAM);
    }

    @Test
    void shouldRouteAnOutcomeWithoutRefsToEverySide() {
        assertThat(OutcomeVendors.sidesFor(outcome(Map.of()), List.of(JETSTREAM, SEAM)))
                .containsExactly(JETSTREAM, SEAM);
    }

    @Test
    void shouldRouteAnOutcomeOfAnUnhostedVendorToNoSide() {
        assertThat(OutcomeVendors.sidesFor(outcome(Map.of("intserv.key_id", "k")), List.of(JETSTREAM, SEAM)))
                .isEmpty();
    }

    @Test
    void shouldRouteADispatchersOutcomeToItsVendorAloneEvenWithoutRefs() {
        var retrying = new SyncOutcome(UUID.randomUUID(), UUID.randomUUID(), "t1", UUID.randomUUID(), "target", 1,
                SyncPhase.RETRYING, null, Map.of(), "http_503", null, "dispatcher-seam", Instant.now());
        assertThat(OutcomeVendors.sidesFor(retrying, List.of(JETSTREAM, SEAM))).containsExactly(SEAM);
    }

    private static HostedVendor hosted(Vendor vendor) {
        return new HostedVendor(vendor, List::of, null, Duration.ofHours(1));
    }

    private static SyncOutcome outcome(Map<String, String> refs) {
        return new SyncOutcome(UUID.randomUUID(), UUID.randomUUID(), "t1", UUID.randomUUID(), "target", 1,
                SyncPhase.ACCEPTED, null, refs, null, null, "dispatcher", Instant.now());
    }
}
