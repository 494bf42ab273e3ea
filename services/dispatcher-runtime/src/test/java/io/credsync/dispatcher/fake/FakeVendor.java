package io.credsync.dispatcher.fake;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;

import io.credsync.model.Vendor;
import io.credsync.model.outcome.SyncPhase;
import io.credsync.vendor.spi.VendorConnection;
import io.credsync.vendor.spi.VendorFailure;
import io.credsync.vendor.spi.dispatch.Slot;
import io.credsync.vendor.spi.dispatch.SlotResult;
import io.credsync.vendor.spi.dispatch.TargetResult;
import io.credsync.vendor.spi.dispatch.TargetWork;

/**
 * The fake vendor's side: per target, a script of answers the adapter plays one per call, what the "vendor" holds,
 * every write and every call. Static, since the runtime builds the adapter through ServiceLoader; tests use fresh
 * tenants, so targets never clash.
 *
 * <p>
 * Writing a slot means the vendor now holds its version ({@link FakeTarget#writes}). Like a real adapter, the fake
 * reads back on a repeated attempt ({@code attempt > 1}): a version the vendor already holds is reported applied
 * without writing it again. A core that does not tell the adapter it is retrying therefore shows up as a second
 * write.
 */
public final class FakeVendor {

    /** The vendor the fake stands in for (no module of its own yet). */
    public static final Vendor VENDOR = Vendor.BASIP;
    /** The vendor ref every written slot gets. */
    public static final String REF = "fake.ref";

    private static final Map<String, FakeTarget> TARGETS = new ConcurrentHashMap<>();

    private FakeVendor() {
    }

    /** The target's script, calls and holdings (created on first use). */
    public static FakeTarget target(String tenant, String targetId) {
        return TARGETS.computeIfAbsent(tenant + "/" + targetId, k -> new FakeTarget());
    }

    /** The target a command is for. */
    public static FakeTarget target(io.credsync.model.command.SyncCommand command) {
        return target(command.tenant(), command.targetId());
    }

    /** One call the core made. */
    public record Call(int attempt, List<Slot> pending, VendorConnection connection, Instant at) {

        public List<Long> pendingVersions() {
            return pending.stream().map(s -> s.desired().version()).toList();
        }
    }

    /** One slot written at the vendor. */
    public record Write(UUID credentialId, long version) {
    }

    /** What the adapter does on one call. */
    @FunctionalInterface
    public interface Step {

        TargetResult play(TargetWork work, FakeTarget target) throws VendorFailure;

        /** Writes every pending slot (after reading back on a repeated attempt) and answers {@code phase}. */
        static Step answer(SyncPhase phase) {
            return each(slot -> phase == SyncPhase.FAILED
                    ? SlotResult.failed(slot.credentialId(), "fake_refused", "the fake refused version "
                            + slot.desired().version())
                    : SlotResult.of(slot.credentialId(), phase, Map.of(REF, "ref-" + slot.desired().version())));
        }

        /** Answers each pending slot as {@code answer} says; slots not answered FAILED are written. */
        static Step each(Function<Slot, SlotResult> answer) {
            return (work, target) -> {
                var results = new ArrayList<SlotResult>();
                for (Slot slot : work.pending()) {
                    var result = answer.apply(slot);
                    if (result.phase() != SyncPhase.FAILED && result.phase() != SyncPhase.RETRYING) {
                        target.writeUnlessHeld(slot, work.attempt());
                    }
                    results.add(result);
                }
                return new TargetResult(results, results.size());
            };
        }

        /** Throws {@code failure} without writing anything. */
        static Step fail(VendorFailure failure) {
            return (work, target) -> {
                throw failure;
            };
        }

        /** Writes every pending slot, then loses the answer: ambiguous (the write happened). */
        static Step writeThenLoseTheAnswer() {
            return (work, target) -> {
                work.pending().forEach(slot -> target.writeUnlessHeld(slot, work.attempt()));
                throw new VendorFailure(VendorFailure.Kind.AMBIGUOUS, "timeout", "no answer after the write", null,
                        null);
            };
        }

        /** A 429 with Retry-After. */
        static Step tooManyRequests(Duration retryAfter) {
            return fail(new VendorFailure(VendorFailure.Kind.TRANSIENT, "http_429", "slow down", retryAfter, 429,
                    null));
        }

        /** Waits (at most 30 s) until {@code gate} opens, then plays {@code then}. */
        static Step after(CountDownLatch gate, Step then) {
            return (work, target) -> {
                try {
                    if (!gate.await(30, TimeUnit.SECONDS)) {
                        throw new IllegalStateException("the test never opened the gate");
                    }
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw VendorFailure.transientFailure("interrupted", "interrupted");
                }
                return then.play(work, target);
            };
        }
    }

    /** One target at the fake vendor. */
    public static final class FakeTarget {

        private final Deque<Step> script = new ArrayDeque<>();
        private final List<Call> calls = new ArrayList<>();
        private final List<Write> writes = new ArrayList<>();
        private final Map<UUID, Long> held = new ConcurrentHashMap<>();

        /** Plays {@code steps} on the next calls, in order; then every call applies. */
        public synchronized FakeTarget then(Step... steps) {
            script.addAll(List.of(steps));
            return this;
        }

        public synchronized List<Call> calls() {
            return List.copyOf(calls);
        }

        public synchronized List<Write> writes() {
            return List.copyOf(writes);
        }

        /** The version the vendor holds for a credential. */
        public Optional<Long> held(UUID credentialId) {
            return Optional.ofNullable(held.get(credentialId));
        }

        synchronized void record(TargetWork work, VendorConnection connection) {
            calls.add(new Call(work.attempt(), work.pending(), connection, Instant.now()));
        }

        synchronized Step nextStep() {
            var step = script.poll();
            return step == null ? Step.answer(SyncPhase.APPLIED) : step;
        }

        synchronized void writeUnlessHeld(Slot slot, int attempt) {
            long version = slot.desired().version();
            if (attempt > 1 && held.getOrDefault(slot.credentialId(), 0L) >= version) {
                return; // read back: already there
            }
            writes.add(new Write(slot.credentialId(), version));
            held.merge(slot.credentialId(), version, Math::max);
        }
    }
}
