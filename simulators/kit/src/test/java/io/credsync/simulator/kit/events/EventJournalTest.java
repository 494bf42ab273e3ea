package io.credsync.simulator.kit.events;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import io.credsync.simulator.kit.SimulatedClock;

import static org.assertj.core.api.Assertions.assertThat;

class EventJournalTest {

    private final SimulatedClock clock = new SimulatedClock(Clock.fixed(Instant.parse("2026-01-01T00:00:00Z"),
            ZoneOffset.UTC));

    @Test
    void stampsEachEventWithTheClockAndAnIncreasingSequenceAndTellsListeners() {
        EventJournal<String> journal = new EventJournal<>(clock);
        List<String> heard = new ArrayList<>();
        journal.onAppend(entry -> heard.add(entry.id() + "=" + entry.body()));

        var first = journal.append(stamp -> "a@" + stamp.at());
        clock.advance(Duration.ofSeconds(5));
        var second = journal.append(stamp -> "b");

        assertThat(first.body()).isEqualTo("a@2026-01-01T00:00:00Z");
        assertThat(second.at()).isEqualTo(Instant.parse("2026-01-01T00:00:05Z"));
        assertThat(second.sequence()).isGreaterThan(first.sequence());
        assertThat(first.id()).isNotEqualTo(second.id());
        assertThat(heard).containsExactly(first.id() + "=" + first.body(), second.id() + "=b");
        assertThat(journal.find(second.id())).contains(second);
    }

    @Test
    void aBatchReadRemovesNothingUntilItIsAcknowledgedAndTwiceIsFine() {
        EventJournal<String> journal = ownIds();
        journal.append("e1:x");
        journal.append("e2:y");
        journal.append("e3:x");

        var batch = journal.read(10, body -> body.endsWith("x"));
        assertThat(batch.bodies()).containsExactly("e1:x", "e3:x");
        assertThat(journal.all()).hasSize(3);

        assertThat(journal.acknowledgeBatch(batch.batchId())).isTrue();
        assertThat(journal.acknowledgeBatch(batch.batchId())).isTrue();
        assertThat(journal.acknowledgeBatch("never-issued")).isFalse();
        assertThat(journal.all()).extracting(EventJournal.Entry::body).containsExactly("e2:y");
    }

    @Test
    void anIdDeliveredTwiceIsKeptTwiceAndOneAcknowledgementRemovesBoth() {
        EventJournal<String> journal = ownIds();
        journal.append("e1:x");
        journal.append("e1:x");
        journal.append("e2:y");

        assertThat(journal.read(2, body -> true).bodies()).containsExactly("e1:x", "e1:x");

        journal.acknowledge(List.of("e1", "unknown"));
        assertThat(journal.all()).extracting(EventJournal.Entry::body).containsExactly("e2:y");
        assertThat(journal.find("e1")).isEmpty();
    }

    @Test
    void anEventWithoutAnIdLeavesOnlyWithItsBatch() {
        EventJournal<String> journal = new EventJournal<>(clock, body -> null);
        journal.append("broken");

        journal.acknowledge(List.of("broken"));
        assertThat(journal.all()).hasSize(1);

        assertThat(journal.acknowledgeBatch(journal.read(5, body -> true).batchId())).isTrue();
        assertThat(journal.all()).isEmpty();
    }

    private EventJournal<String> ownIds() {
        return new EventJournal<>(clock, body -> body.substring(0, body.indexOf(':')));
    }

    @Test
    void aDuplicatedEventIsReadTwiceAndALateOneComesLast() {
        EventJournal<String> journal = ownIds();
        journal.append("e1:queued");
        journal.append("e2:completed");

        assertThat(journal.duplicate(body -> body.endsWith("completed"))).isEqualTo(1);
        assertThat(journal.deliverLate("e1")).isTrue();
        assertThat(journal.deliverLate("missing")).isFalse();

        assertThat(journal.read(10, body -> true).bodies()).containsExactly("e2:completed", "e2:completed",
                "e1:queued");
    }
}
