package io.credsync.support.leadership;

/**
 * Who, among the replicas of a deployment, runs a loop that must run once: each replica {@linkplain #claim claims}
 * the loop's lock and runs it only while its claim {@linkplain LeadershipClaim#leads leads}. Chosen by
 * {@code credsync.leadership}: {@code kubernetes} (a coordination.k8s.io Lease per lock) or {@code database} (a
 * PostgreSQL session advisory lock per lock, the default).
 */
public interface Leadership extends AutoCloseable {

    /** Starts contending for {@code lockName} (see {@link LockNames}) in the background; answers at once. */
    LeadershipClaim claim(String lockName);

    /** {@code kubernetes} or {@code database}, for health details. */
    String kind();

    /** Gives up every claim (a held lock is released, so another replica takes over without waiting). */
    @Override
    void close();
}
