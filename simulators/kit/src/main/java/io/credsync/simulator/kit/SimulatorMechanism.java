package io.credsync.simulator.kit;

import java.time.Clock;

import io.credsync.simulator.kit.fault.FaultPlan;

/**
 * What every simulator has besides its vendor behaviour: the faults to inject, the request counts, the simulated
 * clock and the latency every vendor request answers after. One per simulator; {@link #reset()} clears all four.
 */
public final class SimulatorMechanism {

    private final FaultPlan faults = new FaultPlan();
    private final RequestCounter requests = new RequestCounter();
    private final SimulatedClock clock;
    private final VendorLatency latency = new VendorLatency();

    public SimulatorMechanism(Clock base) {
        this.clock = new SimulatedClock(base);
    }

    public SimulatorMechanism() {
        this(Clock.systemUTC());
    }

    public FaultPlan faults() {
        return faults;
    }

    public RequestCounter requests() {
        return requests;
    }

    public SimulatedClock clock() {
        return clock;
    }

    public VendorLatency latency() {
        return latency;
    }

    /** No faults, no counts, no clock offset, no latency. */
    public void reset() {
        faults.clear();
        requests.clear();
        clock.reset();
        latency.clear();
    }
}
