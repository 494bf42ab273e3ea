package io.credsync.simulator.seam.workspace;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import io.credsync.simulator.seam.api.SeamApiException;
import io.credsync.simulator.seam.events.EventLog;
import io.vertx.core.json.JsonObject;

/**
 * One Seam workspace: its access systems, entrances and access groups (fixtures), its {@link AcsUsers users} and
 * {@link AcsCredentials credentials}. Every read and write holds {@link #lock}, so concurrent requests see and leave
 * a consistent state.
 */
public final class Workspace {

    final Object lock = new Object();
    final Clock clock;
    final EventLog events;
    final ProviderSync sync;
    final AcsJson json;
    private final String workspaceId;
    private final String connectedAccountId;
    private final Map<String, AcsSystem> systems = new LinkedHashMap<>();
    private final Map<String, AcsEntrance> entrances = new LinkedHashMap<>();
    private final Map<String, AcsAccessGroup> accessGroups = new LinkedHashMap<>();
    private final AcsUsers users;
    private final AcsCredentials credentials;

    public Workspace(String workspaceId, String connectedAccountId, Clock clock, EventLog events, ProviderSync sync) {
        this.workspaceId = workspaceId;
        this.connectedAccountId = connectedAccountId;
        this.clock = clock;
        this.events = events;
        this.sync = sync;
        this.json = new AcsJson(workspaceId, connectedAccountId);
        this.users = new AcsUsers(this);
        this.credentials = new AcsCredentials(this, users);
        users.credentials(credentials);
    }

    public String workspaceId() {
        return workspaceId;
    }

    public String connectedAccountId() {
        return connectedAccountId;
    }

    public AcsUsers users() {
        return users;
    }

    public AcsCredentials credentials() {
        return credentials;
    }

    public AcsSystem addSystem(String acsSystemId, String name, String externalType) {
        synchronized (lock) {
            requireNew(acsSystemId);
            AcsSystem system = new AcsSystem(acsSystemId, name, externalType, now());
            systems.put(acsSystemId, system);
            return system;
        }
    }

    public AcsEntrance addEntrance(String acsEntranceId, String acsSystemId, String displayName) {
        synchronized (lock) {
            requireSystem(acsSystemId);
            requireNew(acsEntranceId);
            AcsEntrance entrance = new AcsEntrance(acsEntranceId, acsSystemId, displayName, now());
            entrances.put(acsEntranceId, entrance);
            return entrance;
        }
    }

    public AcsAccessGroup addAccessGroup(String acsAccessGroupId, String acsSystemId, String name) {
        synchronized (lock) {
            requireSystem(acsSystemId);
            requireNew(acsAccessGroupId);
            AcsAccessGroup group = new AcsAccessGroup(acsAccessGroupId, acsSystemId, name, now());
            accessGroups.put(acsAccessGroupId, group);
            return group;
        }
    }

    public List<AcsSystem> systems() {
        synchronized (lock) {
            return List.copyOf(systems.values());
        }
    }

    public List<AcsEntrance> entrances() {
        synchronized (lock) {
            return List.copyOf(entrances.values());
        }
    }

    public List<AcsAccessGroup> accessGroups() {
        synchronized (lock) {
            return List.copyOf(accessGroups.values());
        }
    }

    public JsonObject systemJson(String acsSystemId) {
        synchronized (lock) {
            return renderSystem(requireSystem(acsSystemId));
        }
    }

    public List<JsonObject> systemsJson(String connectedAccountIdFilter) {
        synchronized (lock) {
            if (connectedAccountIdFilter != null && !connectedAccountIdFilter.equals(connectedAccountId)) {
                return List.of();
            }
            return systems.values().stream().map(this::renderSystem).toList();
        }
    }

    public JsonObject entranceJson(String acsEntranceId) {
        synchronized (lock) {
            return json.entrance(requireEntrance(acsEntranceId));
        }
    }

    /** Entrances filtered by system, by the credential that may open them, by ids and by a name search. */
    public List<JsonObject> entrancesJson(String acsSystemId, String acsCredentialId, Set<String> ids, String search) {
        synchronized (lock) {
            List<String> allowed = acsCredentialId == null
                    ? null
                    : credentials.require(acsCredentialId).allowedEntranceIds;
            List<JsonObject> result = new ArrayList<>();
            for (AcsEntrance entrance : entrances.values()) {
                if ((acsSystemId == null || acsSystemId.equals(entrance.acsSystemId()))
                        && (allowed == null || allowed.contains(entrance.acsEntranceId()))
                        && (ids == null || ids.contains(entrance.acsEntranceId()))
                        && (search == null || contains(entrance.displayName(), search))) {
                    result.add(json.entrance(entrance));
                }
            }
            return result;
        }
    }

    public JsonObject accessGroupJson(String acsAccessGroupId) {
        synchronized (lock) {
            AcsAccessGroup group = requireAccessGroup(acsAccessGroupId);
            return json.accessGroup(group, systems.get(group.acsSystemId()));
        }
    }

    public List<JsonObject> accessGroupsJson(String acsSystemId, String acsUserId) {
        synchronized (lock) {
            Set<String> memberOf = acsUserId == null ? null : users.require(acsUserId).accessGroupIds;
            return accessGroups.values().stream()
                    .filter(g -> acsSystemId == null || acsSystemId.equals(g.acsSystemId()))
                    .filter(g -> memberOf == null || memberOf.contains(g.acsAccessGroupId()))
                    .map(g -> json.accessGroup(g, systems.get(g.acsSystemId())))
                    .toList();
        }
    }

    /** Forgets everything: fixtures, users, credentials. */
    public void clear() {
        synchronized (lock) {
            credentials.clear();
            users.clear();
            accessGroups.clear();
            entrances.clear();
            systems.clear();
        }
    }

    AcsSystem requireSystem(String acsSystemId) {
        AcsSystem system = systems.get(acsSystemId);
        if (system == null) {
            throw SeamApiException.notFound("acs_system");
        }
        return system;
    }

    AcsEntrance requireEntrance(String acsEntranceId) {
        AcsEntrance entrance = entrances.get(acsEntranceId);
        if (entrance == null) {
            throw SeamApiException.notFound("acs_entrance");
        }
        return entrance;
    }

    AcsAccessGroup requireAccessGroup(String acsAccessGroupId) {
        AcsAccessGroup group = accessGroups.get(acsAccessGroupId);
        if (group == null) {
            throw SeamApiException.notFound("acs_access_group");
        }
        return group;
    }

    Instant now() {
        return clock.instant();
    }

    static boolean contains(String text, String search) {
        return text != null && text.toLowerCase(Locale.ROOT).contains(search.toLowerCase(Locale.ROOT));
    }

    private JsonObject renderSystem(AcsSystem system) {
        int groups = (int) accessGroups.values().stream()
                .filter(g -> g.acsSystemId().equals(system.acsSystemId())).count();
        return json.system(system, users.countIn(system.acsSystemId()), groups);
    }

    private void requireNew(String id) {
        if (systems.containsKey(id) || entrances.containsKey(id) || accessGroups.containsKey(id)) {
            throw new IllegalArgumentException("id already used in the workspace: " + id);
        }
    }
}
