package io.credsync.vendor.seam.events;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import io.credsync.vendor.spi.events.SeenEvents;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The interleaving that left a credential {@code accepted} until the read-back sweep: the webhook handler finds no
 * watch, the dispatcher's outcome records the watch and finds nothing parked, then the handler parks the event.
 * Whoever comes second must see the other; here the handler parks after the watch was recorded.
 */
class SeamEventHandlerRaceTest {

    private static final String CREDENTIAL = "0b6a63a4-7f54-4c6b-9e2e-6e4a5c1d2e3f";

    @Test
    void shouldReadBackAnEventParkedJustAfterItsWatchWasRecorded() throws Exception {
        var watches = new WatchRecordedAfterFirstLook();
        var parked = new InMemoryParked();
        var readBacks = new ArrayList<String>();
        var resolver = new SeamWatchResolver(null, null, null) {
            @Override
            public void readBack(String acsCredentialId, boolean skipIfBusy) {
                readBacks.add(acsCredentialId);
            }
        };
        var handler = new SeamEventHandler(new NothingSeen(), watches, parked, resolver, (name, tag, value) -> {
        });

        handler.handle("seam-local", new SeamEvent("ev1", "acs_credential.issued", null, CREDENTIAL));

        assertThat(readBacks).containsExactly(CREDENTIAL);
        assertThat(parked.ids).isEmpty();
    }

    /** No watch at the handler's first look; recorded (unsettled) right after it. */
    private static final class WatchRecordedAfterFirstLook extends SeamWatches {
        private int looks;

        WatchRecordedAfterFirstLook() {
            super(null);
        }

        @Override
        public Optional<Boolean> isSettled(String acsCredentialId) {
            return looks++ == 0 ? Optional.empty() : Optional.of(false);
        }
    }

    private static final class InMemoryParked extends ParkedSeamEvents {
        final List<String> ids = new ArrayList<>();

        InMemoryParked() {
            super(null);
        }

        @Override
        public void park(String acsCredentialId, String connectionId, String eventId) {
            ids.add(acsCredentialId);
        }

        @Override
        public boolean take(String acsCredentialId) {
            return ids.remove(acsCredentialId);
        }
    }

    private static final class NothingSeen implements SeenEvents {

        @Override
        public boolean seen(String eventId) {
            return false;
        }

        @Override
        public void markSeen(java.util.Collection<String> eventIds) {
        }
    }
}
