package io.credsync.simulator.seam.workspace;

import java.security.SecureRandom;
import java.time.Instant;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.credsync.simulator.seam.SimulatedCredential;
import io.credsync.simulator.seam.api.SeamApiException;
import io.credsync.simulator.seam.events.EventLog;
import io.vertx.core.json.JsonObject;

/**
 * The workspace's acs_credentials. Create, update and delete are answered at once; the access system catches up
 * after the provider sync delay, and only then is {@code is_latest_desired_state_synced_with_provider} true and the
 * {@code acs_credential.issued / reissued / deleted} event sent. Only {@code code} and {@code ends_at} can change.
 */
public final class AcsCredentials {

    private static final SecureRandom RANDOM = new SecureRandom();

    private final Workspace ws;
    private final AcsUsers users;
    private final Map<String, AcsCredential> credentials = new LinkedHashMap<>();

    AcsCredentials(Workspace ws, AcsUsers users) {
        this.ws = ws;
        this.users = users;
    }

    public JsonObject create(NewAcsCredential request) {
        synchronized (ws.lock) {
            AcsUser user = users.require(request.acsUserId());
            if (request.acsSystemId() != null && !request.acsSystemId().equals(user.systemId)) {
                throw SeamApiException.invalidInput("acs_system_id",
                        "acs_system_id does not match the access system of acs_user " + user.id);
            }
            AcsSystem system = ws.requireSystem(user.systemId);
            for (String entranceId : request.allowedAcsEntranceIds()) {
                if (!ws.requireEntrance(entranceId).acsSystemId().equals(system.acsSystemId())) {
                    throw SeamApiException.invalidInput("allowed_acs_entrance_ids",
                            "acs_entrance " + entranceId + " is not in the acs_user's access system");
                }
            }
            Instant now = ws.now();
            AcsCredential credential = new AcsCredential(UUID.randomUUID().toString(), system.acsSystemId(),
                    request.accessMethod(), ExternalTypes.brand(system.externalType()).credentialType(),
                    request.multiPhoneSync(), request.allowedAcsEntranceIds(), now);
            credential.userId = user.id;
            credential.code = request.code() == null && "code".equals(request.accessMethod())
                    ? newCode()
                    : request.code();
            credential.startsAt = request.startsAt();
            credential.endsAt = request.endsAt();
            if (credential.startsAt != null && credential.startsAt.isBefore(now)) {
                credential.startsAt = now;
                credential.replaceWarning("schedule_modified",
                        "The start time was in the past; it was moved to the time the credential was created.", now);
            }
            credential.replaceWarning("waiting_to_be_issued", "Credential is waiting to be issued.", now);
            credentials.put(credential.id, credential);
            scheduleSync(credential);
            return ws.json.credential(credential);
        }
    }

    public JsonObject get(String acsCredentialId) {
        synchronized (ws.lock) {
            return ws.json.credential(require(acsCredentialId));
        }
    }

    public List<JsonObject> list(CredentialFilter filter) {
        synchronized (ws.lock) {
            return credentials.values().stream()
                    .filter(c -> !c.isGone())
                    .filter(c -> filter.acsUserId() == null || filter.acsUserId().equals(c.userId))
                    .filter(c -> filter.acsSystemId() == null || filter.acsSystemId().equals(c.systemId))
                    .filter(c -> filter.multiPhoneSync() == null || filter.multiPhoneSync() == c.multiPhoneSync)
                    .filter(c -> filter.createdBefore() == null || c.createdAt.isBefore(filter.createdBefore()))
                    .filter(c -> filter.search() == null || Workspace.contains(c.displayName(), filter.search())
                            || Workspace.contains(c.code, filter.search()))
                    .map(ws.json::credential)
                    .toList();
        }
    }

    /** Changes the code and/or the end of validity (null = unchanged); nothing else can change. */
    public JsonObject update(String acsCredentialId, String code, Instant endsAt) {
        synchronized (ws.lock) {
            AcsCredential credential = require(acsCredentialId);
            if (code != null && !"code".equals(credential.accessMethod)) {
                throw SeamApiException.invalidInput("code",
                        "code can only be changed on a credential with access_method code");
            }
            if (endsAt != null && credential.startsAt != null && !endsAt.isAfter(credential.startsAt)) {
                throw SeamApiException.invalidInput("ends_at", "ends_at must be after starts_at");
            }
            if (code == null && endsAt == null) {
                return ws.json.credential(credential);
            }
            if (code != null) {
                credential.code = code;
            }
            if (endsAt != null) {
                credential.endsAt = endsAt;
            }
            if (credential.state == SyncState.SYNCED || credential.state == SyncState.FAILED) {
                credential.state = SyncState.UPDATING;
            }
            scheduleSync(credential);
            return ws.json.credential(credential);
        }
    }

    public void delete(String acsCredentialId) {
        synchronized (ws.lock) {
            startDeleting(require(acsCredentialId));
        }
    }

    public JsonObject assign(String acsCredentialId, String acsUserId) {
        synchronized (ws.lock) {
            AcsCredential credential = require(acsCredentialId);
            AcsUser user = users.require(acsUserId);
            if (!user.systemId.equals(credential.systemId)) {
                throw SeamApiException.invalidInput("acs_user_id",
                        "acs_user " + acsUserId + " is not in the credential's access system");
            }
            credential.userId = user.id;
            return ws.json.credential(credential);
        }
    }

    public JsonObject unassign(String acsCredentialId, String acsUserId) {
        synchronized (ws.lock) {
            AcsCredential credential = require(acsCredentialId);
            if (acsUserId != null) {
                users.require(acsUserId);
                if (!acsUserId.equals(credential.userId)) {
                    throw SeamApiException.invalidInput("acs_user_id",
                            "the credential is not assigned to acs_user " + acsUserId);
                }
            }
            credential.userId = null;
            return ws.json.credential(credential);
        }
    }

    /** The access system invalidated the credential (e.g. a card reported lost): {@code acs_credential.invalidated}. */
    public void invalidate(String acsCredentialId) {
        synchronized (ws.lock) {
            AcsCredential credential = require(acsCredentialId);
            ws.events.credentialEvent(EventLog.CREDENTIAL_INVALIDATED, credential.systemId, credential.id);
        }
    }

    public List<SimulatedCredential> snapshots() {
        synchronized (ws.lock) {
            return credentials.values().stream().map(this::snapshot).toList();
        }
    }

    AcsCredential require(String acsCredentialId) {
        AcsCredential credential = credentials.get(acsCredentialId);
        if (credential == null || credential.isGone()) {
            throw SeamApiException.notFound("acs_credential");
        }
        return credential;
    }

    void deleteAllOf(String acsUserId) {
        credentials.values().stream()
                .filter(c -> !c.isGone() && acsUserId.equals(c.userId))
                .forEach(this::startDeleting);
    }

    void clear() {
        credentials.clear();
    }

    private void startDeleting(AcsCredential credential) {
        if (credential.state == SyncState.DELETING) {
            return;
        }
        Instant now = ws.now();
        credential.state = SyncState.DELETING;
        credential.removeWarning("waiting_to_be_issued");
        credential.replaceWarning("being_deleted", "Credential is being deleted.", now);
        scheduleSync(credential);
    }

    private void scheduleSync(AcsCredential credential) {
        long generation = ++credential.generation;
        String id = credential.id;
        ws.sync.later(() -> completeSync(id, generation));
    }

    private void completeSync(String acsCredentialId, long generation) {
        synchronized (ws.lock) {
            AcsCredential credential = credentials.get(acsCredentialId);
            if (credential == null || credential.generation != generation || credential.isGone()) {
                return;
            }
            Instant now = ws.now();
            boolean failing = ws.sync.isFailing(credential.systemId);
            switch (credential.state) {
                case CREATING -> settle(credential, failing, "failed_to_create_on_acs_system", now);
                case UPDATING -> settle(credential, failing, "failed_to_update_on_acs_system", now);
                case DELETING -> {
                    credential.removeWarning("being_deleted");
                    if (failing) {
                        fail(credential, "failed_to_delete_on_acs_system");
                    } else {
                        credential.state = SyncState.DELETED;
                        ws.events.credentialEvent(EventLog.CREDENTIAL_DELETED, credential.systemId, credential.id);
                    }
                }
                default -> {
                    // SYNCED, FAILED: nothing pending
                }
            }
        }
    }

    private void settle(AcsCredential credential, boolean failing, String errorCode, Instant now) {
        credential.removeWarning("waiting_to_be_issued");
        if (failing) {
            fail(credential, errorCode);
            return;
        }
        credential.errors.clear();
        credential.state = SyncState.SYNCED;
        credential.syncedAt = now;
        if ("card".equals(credential.accessMethod) && credential.issuedAt == null) {
            credential.issuedAt = now;
            credential.cardNumber = HexFormat.of().withUpperCase().formatHex(randomBytes(4));
        }
        String eventType = credential.everIssued ? EventLog.CREDENTIAL_REISSUED : EventLog.CREDENTIAL_ISSUED;
        credential.everIssued = true;
        ws.events.credentialEvent(eventType, credential.systemId, credential.id);
    }

    private static void fail(AcsCredential credential, String errorCode) {
        credential.errors.removeIf(e -> e.code().equals(errorCode));
        credential.errors.add(new Notice(errorCode, "The access system refused the credential (simulated failure).",
                null));
        credential.state = SyncState.FAILED;
    }

    private SimulatedCredential snapshot(AcsCredential c) {
        return new SimulatedCredential(c.id, c.userId, c.systemId, c.accessMethod, c.code,
                Timestamps.format(c.startsAt), Timestamps.format(c.endsAt), c.state,
                c.warnings.stream().map(Notice::code).toList(), c.errors.stream().map(Notice::code).toList(),
                ws.json.credential(c));
    }

    private static String newCode() {
        return String.format("%06d", RANDOM.nextInt(1_000_000));
    }

    private static byte[] randomBytes(int count) {
        byte[] bytes = new byte[count];
        RANDOM.nextBytes(bytes);
        return bytes;
    }
}
