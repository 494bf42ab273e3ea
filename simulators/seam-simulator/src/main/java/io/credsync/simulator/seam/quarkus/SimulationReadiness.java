package io.credsync.simulator.seam.quarkus;

import jakarta.inject.Singleton;

import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

import io.credsync.simulator.seam.SeamSimulation;

/** Ready once the simulation exists; reports what it holds. */
@Readiness
@Singleton
public class SimulationReadiness implements HealthCheck {

    private final SeamSimulation simulation;

    SimulationReadiness(SeamSimulation simulation) {
        this.simulation = simulation;
    }

    @Override
    public HealthCheckResponse call() {
        return HealthCheckResponse.named("seam-simulator")
                .up()
                .withData("acs_systems", simulation.acsSystems().size())
                .withData("acs_credentials", simulation.credentials().size())
                .withData("events", simulation.events().size())
                .build();
    }
}
