package io.credsync.simulator.seam.workspace;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import io.credsync.simulator.seam.SimulatedUser;
import io.credsync.simulator.seam.api.SeamApiException;
import io.credsync.simulator.seam.events.EventLog;
import io.vertx.core.json.JsonObject;

/**
 * The workspace's acs_users. A write is answered at once and reaches the access system after the provider sync
 * delay: until then the user carries a pending mutation ({@code creating}, {@code deleting}, ...).
 */
public final class AcsUsers {

    private final Workspace ws;
    private final Map<String, AcsUser> users = new LinkedHashMap<>();
    private AcsCredentials credentials;

    AcsUsers(Workspace ws) {
        this.ws = ws;
    }

    void credentials(AcsCredentials credentials) {
        this.credentials = credentials;
    }

    public JsonObject create(NewAcsUser request) {
        synchronized (ws.lock) {
            AcsSystem system = ws.requireSystem(request.acsSystemId());
            request.accessGroupIds().forEach(id -> requireGroupIn(system.acsSystemId(), id));
            Instant now = ws.now();
            AcsUser user = new AcsUser(UUID.randomUUID().toString(), system.acsSystemId(), now);
            user.fullName = request.fullName();
            user.emailAddress = request.emailAddress();
            user.phoneNumber = request.phoneNumber();
            applySchedule(user, request.accessSchedule());
            user.accessGroupIds.addAll(request.accessGroupIds());
            user.pending("creating",
                    "Seam is in the process of pushing a user creation to the integrated access system.",
                    now);
            users.put(user.id, user);
            ws.events.userEvent(EventLog.USER_CREATED, user.systemId, user.id);
            scheduleSync(user);
            return render(user);
        }
    }

    public JsonObject get(String acsUserId) {
        synchronized (ws.lock) {
            return render(require(acsUserId));
        }
    }

    public List<JsonObject> list(UserFilter filter) {
        synchronized (ws.lock) {
            return users.values().stream()
                    .filter(u -> !u.isGone())
                    .filter(u -> filter.acsSystemId() == null || filter.acsSystemId().equals(u.systemId))
                    .filter(u -> filter.createdBefore() == null || u.createdAt.isBefore(filter.createdBefore()))
                    .filter(u -> filter.search() == null || Workspace.contains(u.fullName, filter.search())
                            || Workspace.contains(u.emailAddress, filter.search())
                            || Workspace.contains(u.phoneNumber, filter.search()))
                    .map(this::render)
                    .toList();
        }
    }

    public void update(String acsUserId, AcsUserChanges changes) {
        synchronized (ws.lock) {
            AcsUser user = require(acsUserId);
            Instant now = ws.now();
            if (changes.fullName().isPresent() || changes.emailAddress().isPresent()
                    || changes.phoneNumber().isPresent()) {
                changes.fullName().ifPresent(v -> user.fullName = v);
                changes.emailAddress().ifPresent(v -> user.emailAddress = v);
                changes.phoneNumber().ifPresent(v -> user.phoneNumber = v);
                user.pending("updating_user_information",
                        "Seam is in the process of pushing updated user information to the integrated access system.",
                        now);
            }
            if (changes.accessSchedule().isPresent() || changes.clearAccessSchedule()) {
                applySchedule(user, changes.accessSchedule().orElse(null));
                user.pending("updating_access_schedule",
                        "Seam is in the process of pushing an updated access schedule to the integrated access system.",
                        now);
            }
            markChanged(user);
        }
    }

    public void delete(String acsUserId) {
        synchronized (ws.lock) {
            AcsUser user = require(acsUserId);
            if (user.state == SyncState.DELETING) {
                return;
            }
            Instant now = ws.now();
            user.state = SyncState.DELETING;
            user.warnings.removeIf(w -> w.code().equals("being_deleted"));
            user.warnings.add(new Notice("being_deleted", "User is being deleted.", now));
            user.pending("deleting",
                    "Seam is in the process of pushing a user deletion to the integrated access system.",
                    now);
            credentials.deleteAllOf(user.id);
            scheduleSync(user);
        }
    }

    public void suspend(String acsUserId, boolean suspended) {
        synchronized (ws.lock) {
            AcsUser user = require(acsUserId);
            user.suspended = suspended;
            user.pending("updating_suspension_state",
                    "Seam is in the process of pushing a suspension state change to the integrated access system.",
                    ws.now());
            markChanged(user);
        }
    }

    public void addToAccessGroup(String acsUserId, String acsAccessGroupId) {
        synchronized (ws.lock) {
            AcsUser user = require(acsUserId);
            requireGroupIn(user.systemId, acsAccessGroupId);
            if (user.accessGroupIds.add(acsAccessGroupId)) {
                membershipChanged(user);
            }
        }
    }

    public void removeFromAccessGroup(String acsUserId, String acsAccessGroupId) {
        synchronized (ws.lock) {
            AcsUser user = require(acsUserId);
            ws.requireAccessGroup(acsAccessGroupId);
            if (user.accessGroupIds.remove(acsAccessGroupId)) {
                membershipChanged(user);
            }
        }
    }

    public List<SimulatedUser> snapshots() {
        synchronized (ws.lock) {
            return users.values().stream()
                    .map(u -> new SimulatedUser(u.id, u.systemId, u.fullName, u.suspended,
                            Set.copyOf(u.accessGroupIds), u.state, render(u)))
                    .toList();
        }
    }

    AcsUser require(String acsUserId) {
        AcsUser user = users.get(acsUserId);
        if (user == null || user.isGone()) {
            throw SeamApiException.notFound("acs_user");
        }
        return user;
    }

    int countIn(String acsSystemId) {
        return (int) users.values().stream().filter(u -> !u.isGone() && u.systemId.equals(acsSystemId)).count();
    }

    void clear() {
        users.clear();
    }

    private JsonObject render(AcsUser user) {
        return ws.json.user(user, ws.requireSystem(user.systemId));
    }

    private void requireGroupIn(String acsSystemId, String acsAccessGroupId) {
        AcsAccessGroup group = ws.requireAccessGroup(acsAccessGroupId);
        if (!group.acsSystemId().equals(acsSystemId)) {
            throw SeamApiException.invalidInput("acs_access_group_id",
                    "acs_access_group " + acsAccessGroupId + " is not in the acs_user's access system");
        }
    }

    private void membershipChanged(AcsUser user) {
        user.pending("updating_group_membership",
                "Seam is in the process of pushing an access group membership change to the integrated access system.",
                ws.now());
        markChanged(user);
    }

    private static void applySchedule(AcsUser user, NewAcsUser.AccessSchedule schedule) {
        user.hasAccessSchedule = schedule != null;
        user.accessStartsAt = schedule == null
                ? null
                : schedule.startsAt() == null ? user.createdAt : schedule.startsAt();
        user.accessEndsAt = schedule == null ? null : schedule.endsAt();
    }

    private void markChanged(AcsUser user) {
        if (user.state == SyncState.SYNCED || user.state == SyncState.FAILED) {
            user.state = SyncState.UPDATING;
        }
        scheduleSync(user);
    }

    private void scheduleSync(AcsUser user) {
        long generation = ++user.generation;
        String id = user.id;
        ws.sync.later(() -> completeSync(id, generation));
    }

    private void completeSync(String acsUserId, long generation) {
        synchronized (ws.lock) {
            AcsUser user = users.get(acsUserId);
            if (user == null || user.generation != generation || user.isGone()) {
                return;
            }
            Instant now = ws.now();
            boolean failing = ws.sync.isFailing(user.systemId);
            user.pendingMutations.clear();
            switch (user.state) {
                case CREATING, UPDATING -> {
                    String errorCode = user.state == SyncState.CREATING
                            ? "failed_to_create_on_acs_system"
                            : "failed_to_update_on_acs_system";
                    settle(user, failing, errorCode, now);
                }
                case DELETING -> {
                    user.warnings.removeIf(w -> w.code().equals("being_deleted"));
                    if (failing) {
                        fail(user, "failed_to_delete_on_acs_system", now);
                    } else {
                        user.state = SyncState.DELETED;
                        ws.events.userEvent(EventLog.USER_DELETED, user.systemId, user.id);
                    }
                }
                default -> {
                    // SYNCED, FAILED: nothing pending
                }
            }
        }
    }

    private void settle(AcsUser user, boolean failing, String errorCode, Instant now) {
        if (failing) {
            fail(user, errorCode, now);
            return;
        }
        user.errors.clear();
        user.state = SyncState.SYNCED;
        user.lastSuccessfulSyncAt = now;
    }

    private static void fail(AcsUser user, String errorCode, Instant now) {
        user.errors.removeIf(e -> e.code().equals(errorCode));
        user.errors.add(new Notice(errorCode, "The access system refused the change (simulated failure).", now));
        user.state = SyncState.FAILED;
    }
}
