package io.credsync.simulator.intserv;

/**
 * The IntServ Access API paths the simulator serves (every one a {@code POST} with a JSON body, as the docs' badge
 * says), as templates for request counts and faults. IntServ has no per-request account: the kit's account is unused.
 */
public final class IntServPaths {

    /** Create (no {@code id}), update by {@code id}, or update by key spec ({@code key}, no {@code id}). */
    public static final String ADD = "/v1/accesskeys/add";
    /** {@code {id}} or {@code {key}} → 204. */
    public static final String REMOVE = "/v1/accesskeys/remove";
    /** {@code {id}} → the key's propagation to each access control system. */
    public static final String STATUS = "/v1/accesskeys/status";
    /** The access levels, as the access-levels page names it. */
    public static final String LEVELS_LIST = "/v1/accesslevels/list";
    /** The same list under the name the add page uses: the docs disagree, the simulator serves both. */
    public static final String LEVELS_GET = "/v1/accesslevels/get_levels";

    private IntServPaths() {
    }
}
