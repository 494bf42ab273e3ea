package io.credsync.bench.run;

import java.io.IOException;

/** The calls a simple script makes at one vendor for one change of one target, waiting for each answer. */
interface NaiveVendor {

    void apply(BenchChange change, String address) throws IOException, InterruptedException;
}
