package io.credsync.simulator.kit.events;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Optional;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * A simulator's vendor events in the order they occurred, each stamped by the simulator's clock and a sequence
 * (which orders equal timestamps): the one event log under every simulator. It is read the two ways vendors offer:
 * <ul>
 * <li>as history ({@link #all()}, {@link #find(String)}; Seam's {@code /events/list} by time): nothing is removed;</li>
 * <li>as a queue of batches a reader acknowledges ({@link #read}, {@link #acknowledgeBatch},
 * {@link #acknowledge}; Jetstream's {@code GET/DELETE /3/events}): an acknowledged event is gone.</li>
 * </ul>
 * Entries are kept by sequence, not id, so a fault can deliver the same event twice. Thread-safe; listeners (a
 * webhook sender) hear of each appended entry after the journal's lock is released.
 *
 * @param <E> the vendor's event body, e.g. a {@code JsonObject}
 */
public final class EventJournal<E> {

    /** Batches remembered for acknowledgement; the oldest are forgotten beyond this. */
    private static final int BATCHES_KEPT = 10_000;

    private final Clock clock;
    private final Function<E, String> idOf;
    private final List<Consumer<Entry<E>>> listeners = new CopyOnWriteArrayList<>();
    private final NavigableMap<Long, Entry<E>> entries = new TreeMap<>();
    private final Map<String, List<Long>> sequencesById = new HashMap<>();
    private final Map<String, List<Long>> batches = new LinkedHashMap<>() {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, List<Long>> eldest) {
            return size() > BATCHES_KEPT;
        }
    };
    private long sequence;

    /** A journal whose events get their ids from it ({@link #append(Function)}). */
    public EventJournal(Clock clock) {
        this(clock, body -> null);
    }

    /** A journal of events that carry their own ids, read by {@code idOf} ({@link #append(Object)}). */
    public EventJournal(Clock clock, Function<E, String> idOf) {
        this.clock = clock;
        this.idOf = idOf;
    }

    /** Tells {@code listener} of every entry appended from now on. */
    public void onAppend(Consumer<Entry<E>> listener) {
        listeners.add(listener);
    }

    /** Appends an event the journal names: {@code body} gets a fresh id and the clock's instant. */
    public Entry<E> append(Function<Stamp, E> body) {
        return append(UUID.randomUUID().toString(), body);
    }

    /**
     * Appends an event that carries its own id ({@code null} if it has none, e.g. a broken one a fault publishes:
     * then only its batch removes it).
     */
    public Entry<E> append(E body) {
        return append(idOf.apply(body), stamp -> body);
    }

    private Entry<E> append(String id, Function<Stamp, E> body) {
        Entry<E> entry;
        synchronized (this) {
            Stamp stamp = new Stamp(id, clock.instant());
            entry = store(stamp, body.apply(stamp));
        }
        listeners.forEach(listener -> listener.accept(entry));
        return entry;
    }

    private Entry<E> store(Stamp stamp, E body) {
        Entry<E> entry = new Entry<>(stamp.id(), ++sequence, stamp.at(), body);
        entries.put(entry.sequence(), entry);
        if (entry.id() != null) {
            sequencesById.computeIfAbsent(entry.id(), id -> new ArrayList<>(1)).add(entry.sequence());
        }
        return entry;
    }

    /** Every entry not acknowledged, oldest first. */
    public synchronized List<Entry<E>> all() {
        return List.copyOf(entries.values());
    }

    public synchronized Optional<Entry<E>> find(String id) {
        List<Long> sequences = sequencesById.get(id);
        return sequences == null ? Optional.empty() : Optional.of(entries.get(sequences.get(0)));
    }

    /** Up to {@code limit} entries whose body matches {@code filter}, oldest first, under a new batch id. */
    public synchronized Batch<E> read(int limit, Predicate<E> filter) {
        List<Entry<E>> batch = entries.values().stream().filter(e -> filter.test(e.body())).limit(limit).toList();
        String batchId = UUID.randomUUID().toString();
        batches.put(batchId, batch.stream().map(Entry::sequence).toList());
        return new Batch<>(batchId, batch);
    }

    /**
     * Removes the entries of a batch. A batch acknowledged twice is fine (nothing left to remove); only a batch id
     * this journal never issued (or has forgotten) is refused with {@code false}.
     */
    public synchronized boolean acknowledgeBatch(String batchId) {
        List<Long> sequences = batches.get(batchId);
        if (sequences == null) {
            return false;
        }
        sequences.forEach(this::remove);
        return true;
    }

    /** Removes every entry with one of these ids; unknown or already acknowledged ids are ignored. */
    public synchronized void acknowledge(Collection<String> ids) {
        for (String id : ids) {
            List<Long> sequences = sequencesById.get(id);
            if (sequences != null) {
                List.copyOf(sequences).forEach(this::remove);
            }
        }
    }

    private void remove(long entrySequence) {
        Entry<E> removed = entries.remove(entrySequence);
        if (removed != null && removed.id() != null) {
            List<Long> sequences = sequencesById.get(removed.id());
            sequences.remove(entrySequence);
            if (sequences.isEmpty()) {
                sequencesById.remove(removed.id());
            }
        }
    }

    /**
     * Fault on demand, a second delivery: each entry whose body matches is appended again, same id and body, so a
     * reader sees it twice (in one batch if both fit). Returns how many were duplicated.
     */
    public int duplicate(Predicate<E> which) {
        List<Entry<E>> copies;
        synchronized (this) {
            copies = entries.values().stream().filter(e -> which.test(e.body())).toList();
            copies.forEach(e -> store(new Stamp(e.id(), e.at()), e.body()));
        }
        return copies.size();
    }

    /**
     * Fault on demand, late delivery: the entries with this id move behind every other (their time stays), so a
     * reader gets them out of order. Returns whether there was one.
     */
    public synchronized boolean deliverLate(String id) {
        List<Long> sequences = sequencesById.get(id);
        if (sequences == null) {
            return false;
        }
        for (Long late : List.copyOf(sequences)) {
            Entry<E> entry = entries.get(late);
            remove(late);
            store(new Stamp(entry.id(), entry.at()), entry.body());
        }
        return true;
    }

    public synchronized void clear() {
        entries.clear();
        sequencesById.clear();
        batches.clear();
    }

    /** An event's id and instant, handed to the code that builds its body. */
    public record Stamp(String id, Instant at) {
    }

    /** One event as stored: {@code sequence} orders entries of equal {@code at}. */
    public record Entry<E>(String id, long sequence, Instant at, E body) {
    }

    /** A read of the queue: acknowledge it by {@code batchId}. */
    public record Batch<E>(String batchId, List<Entry<E>> entries) {

        public List<E> bodies() {
            return entries.stream().map(Entry::body).toList();
        }
    }
}
