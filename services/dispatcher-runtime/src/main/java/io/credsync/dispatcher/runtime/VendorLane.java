package io.credsync.dispatcher.runtime;

import io.credsync.dispatcher.messaging.CommandIntake;
import io.credsync.dispatcher.work.DispatchWorker;
import io.credsync.dispatcher.work.WorkStore;
import io.credsync.vendor.spi.VendorPlugin;

/**
 * One vendor in a dispatcher process: its own schema, consumer group, worker pool, breakers and rate limits, so that
 * vendors hosted together still fail and slow down apart.
 */
record VendorLane(VendorPlugin plugin, String schema, WorkStore store, DispatchWorker worker, CommandIntake intake) {

    void start() {
        worker.start();
        intake.start();
    }

    void stop() throws InterruptedException {
        intake.stop();
        worker.stop();
    }
}
