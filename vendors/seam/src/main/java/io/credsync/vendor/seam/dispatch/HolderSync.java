package io.credsync.vendor.seam.dispatch;

import java.sql.SQLException;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;

import io.credsync.model.command.Presence;
import io.credsync.model.credential.GrantParameters;
import io.credsync.model.credential.HolderDetails;
import io.credsync.vendor.seam.api.SeamRequest;
import io.credsync.vendor.seam.dispatch.SeamUsers.SeamUser;
import io.credsync.vendor.spi.VendorFailure;
import io.credsync.vendor.spi.dispatch.Slot;
import io.credsync.vendor.spi.dispatch.SlotResult;

/**
 * One holder on one access system: their acs_user (created once, adopted after an unanswered create, renamed,
 * suspended when every credential they have there is suspended, in the union of their grants' access groups), then
 * their pending credentials. Resuming unsuspends the user before any credential is written; suspending happens after.
 */
final class HolderSync {

    /** Target setting for access systems that need the user's access_schedule to follow the credentials. */
    static final String USER_SCHEDULE_SETTING = "seam.user_access_schedule";

    private interface SlotWork {
        void run() throws VendorFailure;
    }

    private final SeamConversation conversation;
    private final UUID holderId;
    private final List<Slot> slots;
    private SeamUser user;

    HolderSync(SeamConversation conversation, UUID holderId, List<Slot> slots) {
        this.conversation = conversation;
        this.holderId = holderId;
        this.slots = slots;
    }

    void run() throws VendorFailure, SQLException {
        var present = slots.stream().filter(this::isPresent).toList();
        var suspended = slots.stream().filter(s -> presence(s) == Presence.SUSPENDED).toList();
        var absent = slots.stream().filter(s -> !present.contains(s) && !suspended.contains(s)).toList();
        boolean suspendUser = present.isEmpty() && !suspended.isEmpty();
        user = conversation.users.find(tenant(), targetId(), holderId).orElse(null);
        var details = slots.stream().max(Comparator.comparingLong(s -> s.desired().version())).orElseThrow()
                .desired().desired().holder().details();
        if (present.stream().anyMatch(Slot::isPending)) {
            ensureUser(details);
        }
        if (hasUser()) {
            matchName(details);
            if (!present.isEmpty() && user.suspended()) {
                setSuspended(false);
            }
            matchGroups(accessGroups(present, suspended));
            if ("true".equals(conversation.work.address().settings().get(USER_SCHEDULE_SETTING))) {
                matchSchedule(present);
            }
        }
        var credentials = new CredentialSync(conversation, hasUser() ? user.acsUserId() : null);
        for (Slot slot : pending(present)) {
            guarded(slot, () -> credentials.upsert(slot));
        }
        if (suspendUser && hasUser() && !user.suspended()) {
            setSuspended(true);
        }
        for (Slot slot : pending(suspended)) {
            guarded(slot, () -> {
                if (suspendUser) {
                    credentials.keepUnderSuspendedUser(slot);
                } else {
                    credentials.remove(slot); // the holder keeps other access: only this credential must go
                }
            });
        }
        for (Slot slot : pending(absent)) {
            guarded(slot, () -> credentials.remove(slot));
        }
    }

    /** Seam refusing one credential fails that slot alone; anything else ends the conversation. */
    private void guarded(Slot slot, SlotWork work) throws VendorFailure {
        try {
            work.run();
        } catch (VendorFailure failure) {
            if (failure.kind() != VendorFailure.Kind.PERMANENT) {
                throw failure;
            }
            conversation.results.add(SlotResult.failed(slot.credentialId(), failure.code(), failure
                    .vendorMessage()));
        }
    }

    private void ensureUser(HolderDetails details) throws VendorFailure, SQLException {
        if (hasUser()) {
            return;
        }
        String name = fullName(details);
        String email = details == null ? null : details.email();
        if (user != null || conversation.isRetry()) {
            var known = conversation.users.knownUserIds(tenant(), targetId());
            var adopted = conversation.seam.listUsers(conversation.acsSystemId()).stream()
                    .filter(u -> !known.contains(u.id()) && name.equals(u.fullName())
                            && Objects.equals(blankToNull(email), blankToNull(u.emailAddress())))
                    .findFirst();
            if (adopted.isPresent()) {
                save(new SeamUser(adopted.get().id(), null, name, email, adopted.get().suspended(), Set.of(), null));
                return;
            }
        }
        save(new SeamUser(null, Instant.now(), name, email, false, Set.of(), null));
        var created = conversation.seam.createUser(SeamRequest.createUser(conversation.acsSystemId(), name, email));
        save(new SeamUser(created.id(), null, name, email, false, Set.of(), null));
    }

    private void matchName(HolderDetails details) throws VendorFailure, SQLException {
        String name = fullName(details);
        String email = details == null ? null : details.email();
        if (!name.equals(user.fullName()) || !Objects.equals(blankToNull(email), blankToNull(user.emailAddress()))) {
            conversation.seam.call(SeamRequest.renameUser(user.acsUserId(), name, email));
            save(user.withName(name, email));
        }
    }

    private void setSuspended(boolean suspended) throws VendorFailure, SQLException {
        conversation.seam.call(suspended
                ? SeamRequest.suspendUser(user.acsUserId())
                : SeamRequest.unsuspendUser(user.acsUserId()));
        save(user.withSuspended(suspended));
    }

    private void matchGroups(Set<String> wanted) throws VendorFailure, SQLException {
        var current = new TreeSet<>(user.accessGroupIds());
        for (String group : wanted) {
            if (current.add(group)) {
                conversation.seam.call(SeamRequest.addToAccessGroup(user.acsUserId(), group));
                save(user.withGroups(current));
            }
        }
        for (String group : Set.copyOf(current)) {
            if (!wanted.contains(group)) {
                conversation.seam.call(SeamRequest.removeFromAccessGroup(user.acsUserId(), group));
                current.remove(group);
                save(user.withGroups(current));
            }
        }
    }

    /**
     * Systems that schedule users rather than credentials get the span of the holder's present credentials: from
     * the earliest start to the latest end, or no schedule when one of them never ends.
     */
    private void matchSchedule(List<Slot> present) throws VendorFailure, SQLException {
        Instant start = null;
        Instant end = null;
        boolean endless = present.isEmpty();
        for (Slot slot : present) {
            var window = slot.desired().desired().validity();
            Instant slotStart = window == null || window.startsAt() == null ? conversation.now : window.startsAt();
            start = start == null || slotStart.isBefore(start) ? slotStart : start;
            if (window == null || window.endsAt() == null) {
                endless = true;
            } else if (end == null || window.endsAt().isAfter(end)) {
                end = window.endsAt();
            }
        }
        String wanted = endless ? null : start + "/" + end;
        if (!Objects.equals(wanted, user.accessSchedule())) {
            conversation.seam.call(SeamRequest.scheduleUser(user.acsUserId(), endless ? null : start, end));
            save(user.withSchedule(wanted));
        }
    }

    private static Set<String> accessGroups(List<Slot> present, List<Slot> suspended) {
        var groups = new TreeSet<String>();
        for (var list : List.of(present, suspended)) {
            list.forEach(s -> {
                if (s.desired().desired().grant() instanceof GrantParameters.Seam seam) {
                    groups.addAll(seam.acsAccessGroupIds());
                }
            });
        }
        return groups;
    }

    private boolean isPresent(Slot slot) {
        var desired = slot.desired().desired();
        return desired.presence() == Presence.PRESENT && (desired.validity() == null
                || desired.validity().endsAt() == null || desired.validity().endsAt().isAfter(conversation.now));
    }

    private static Presence presence(Slot slot) {
        return slot.desired().desired().presence();
    }

    private static List<Slot> pending(List<Slot> slots) {
        return slots.stream().filter(Slot::isPending).toList();
    }

    private boolean hasUser() {
        return user != null && user.acsUserId() != null;
    }

    private void save(SeamUser next) throws SQLException {
        user = next;
        conversation.users.save(tenant(), targetId(), holderId, next);
    }

    private String fullName(HolderDetails details) {
        String name = details == null ? "" : details.displayName();
        return name.isBlank() ? "credsync holder " + holderId : name;
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }

    private String tenant() {
        return conversation.work.tenant();
    }

    private String targetId() {
        return conversation.work.targetId();
    }
}
