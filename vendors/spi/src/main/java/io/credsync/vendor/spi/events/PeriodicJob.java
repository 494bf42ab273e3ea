package io.credsync.vendor.spi.events;

import java.time.Duration;

/**
 * Work the runtime repeats: after {@code interval}, or at once while {@link Work#run()} says more is waiting. A failure
 * is logged and retried at the next interval; it never stops the job.
 */
public record PeriodicJob(String name, Duration interval, Work work) {

    @FunctionalInterface
    public interface Work {

        /** @return true when more work is waiting (a full page was read): the runtime runs it again at once */
        boolean run() throws Exception;
    }
}
