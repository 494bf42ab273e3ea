package io.credsync.simulator.seam;

import java.util.List;

import io.credsync.simulator.seam.workspace.ExternalTypes;

/**
 * The workspace the standalone simulator starts with, with fixed ids so that local configuration (a target's
 * {@code acs_system_id}, grant parameters) can name them.
 */
public final class SeedFixtures {

    public static final String WORKSPACE_ID = "5ea5eed0-0000-4000-8000-000000000001";
    public static final String CONNECTED_ACCOUNT_ID = "5ea5eed0-0000-4000-8000-0000000000ca";
    public static final String ACS_SYSTEM_ID = "5ea5eed0-0000-4000-8000-00000000a001";
    public static final String MAIN_ENTRANCE_ID = "5ea5eed0-0000-4000-8000-00000000e001";
    public static final String SERVER_ROOM_ENTRANCE_ID = "5ea5eed0-0000-4000-8000-00000000e002";
    public static final String STAFF_ACCESS_GROUP_ID = "5ea5eed0-0000-4000-8000-000000009001";
    public static final String VISITORS_ACCESS_GROUP_ID = "5ea5eed0-0000-4000-8000-000000009002";

    private SeedFixtures() {
    }

    public static void seed(SeamSimulation sim) {
        sim.addAcsSystem(ACS_SYSTEM_ID, "Simulated HQ", ExternalTypes.DEFAULT_SYSTEM_TYPE, List.of(),
                List.of());
        sim.addAcsEntrance(ACS_SYSTEM_ID, MAIN_ENTRANCE_ID, "Main entrance");
        sim.addAcsEntrance(ACS_SYSTEM_ID, SERVER_ROOM_ENTRANCE_ID, "Server room");
        sim.addAcsAccessGroup(ACS_SYSTEM_ID, STAFF_ACCESS_GROUP_ID, "Staff");
        sim.addAcsAccessGroup(ACS_SYSTEM_ID, VISITORS_ACCESS_GROUP_ID, "Visitors");
    }
}
