package io.credsync.bench.run;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Generates a run's changes, deterministically from a seed: a mix of grants, updates, suspensions and revocations
 * (percentages). Credentials take the vendors in turn, and each is granted to {@code targetsPerChange} targets of its
 * vendor, picked round robin from that vendor's targets: one credential is a card on two Jetstream devices, the next
 * a PIN on two Seam systems (a card on Seam is refused: Seam issues cards through its encoders). Updates, suspensions and revocations pick an active credential; when none exists they become
 * grants, so the first changes of a run are always grants.
 */
public final class ChangeMix {

    /** Percentages; they must add up to 100. */
    public record Mix(int grants, int updates, int suspensions, int revocations) {

        public static final Mix DEFAULT = new Mix(70, 15, 5, 10);

        public Mix {
            if (grants < 0 || updates < 0 || suspensions < 0 || revocations < 0
                    || grants + updates + suspensions + revocations != 100) {
                throw new IllegalArgumentException("the mix must be non-negative and add up to 100: " + grants + "/"
                        + updates + "/" + suspensions + "/" + revocations);
            }
        }

        /** "70,15,5,10" (grants, updates, suspensions, revocations). */
        public static Mix parse(String text) {
            String[] parts = text.split(",");
            if (parts.length != 4) {
                throw new IllegalArgumentException("--mix wants grants,updates,suspensions,revocations: " + text);
            }
            return new Mix(Integer.parseInt(parts[0].trim()), Integer.parseInt(parts[1].trim()),
                    Integer.parseInt(parts[2].trim()), Integer.parseInt(parts[3].trim()));
        }
    }

    private ChangeMix() {
    }

    /**
     * @param targetsByVendor each vendor's targets; credential n gets {@code targetsPerChange} targets of vendor
     *        n mod vendors
     */
    public static List<BenchChange> generate(String runId, int count, Mix mix, int targetsPerChange,
            List<List<BenchChange.Target>> targetsByVendor, long seed) {
        var random = new Random(seed);
        var changes = new ArrayList<BenchChange>(count);
        var active = new ArrayList<BenchChange>(); // the latest change of each active credential
        int credentials = 0;
        int[] next = new int[targetsByVendor.size()];
        for (int seq = 0; seq < count; seq++) {
            int roll = random.nextInt(100);
            ChangeKind kind = roll < mix.grants()
                    ? ChangeKind.GRANT
                    : roll < mix.grants() + mix.updates()
                            ? ChangeKind.UPDATE
                            : roll < mix.grants() + mix.updates() + mix.suspensions()
                                    ? ChangeKind.SUSPEND
                                    : ChangeKind.REVOKE;
            if (kind != ChangeKind.GRANT && active.isEmpty()) {
                kind = ChangeKind.GRANT;
            }
            BenchChange change;
            if (kind == ChangeKind.GRANT) {
                int n = credentials++;
                int vendor = n % targetsByVendor.size();
                var pool = targetsByVendor.get(vendor);
                var targets = new ArrayList<BenchChange.Target>();
                for (int t = 0; t < Math.min(targetsPerChange, pool.size()); t++) {
                    targets.add(pool.get(next[vendor]++ % pool.size()));
                }
                change = new BenchChange(seq, kind, runId + "-c" + n, runId + "-h" + n, 1, pin(random), targets);
                active.add(change);
            } else {
                int index = random.nextInt(active.size());
                var previous = active.get(index);
                String value = kind == ChangeKind.UPDATE ? pin(random) : previous.value();
                change = new BenchChange(seq, kind, previous.credentialId(), previous.holderId(), previous.version()
                        + 1, value, previous.targets());
                if (kind == ChangeKind.UPDATE) {
                    active.set(index, change);
                } else {
                    active.remove(index); // suspended and revoked credentials change no more in a run
                }
            }
            changes.add(change);
        }
        return changes;
    }

    /** Eight digits, never starting with 0 (so the Jetstream pass derived from it is stable). */
    private static String pin(Random random) {
        return Integer.toString(10_000_000 + random.nextInt(89_999_999));
    }
}
