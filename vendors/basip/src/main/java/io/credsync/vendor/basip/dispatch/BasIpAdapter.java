package io.credsync.vendor.basip.dispatch;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;

import io.credsync.model.Vendor;
import io.credsync.model.command.Presence;
import io.credsync.model.crypto.EnvelopeException;
import io.credsync.model.crypto.ValueCipher;
import io.credsync.model.json.Json;
import io.credsync.vendor.basip.api.IdentifierItem;
import io.credsync.vendor.basip.api.LinkResult;
import io.credsync.vendor.basip.api.PanelClient;
import io.credsync.vendor.basip.api.PanelSessions;
import io.credsync.vendor.spi.VendorConnection;
import io.credsync.vendor.spi.VendorFailure;
import io.credsync.vendor.spi.VendorHttp;
import io.credsync.vendor.spi.dispatch.Slot;
import io.credsync.vendor.spi.dispatch.SlotResult;
import io.credsync.vendor.spi.dispatch.TargetResult;
import io.credsync.vendor.spi.dispatch.TargetWork;
import io.credsync.vendor.spi.dispatch.VendorAdapter;

/**
 * A panel holds identifiers keyed by our own {@code link_id} (the credential id), so every change is an idempotent
 * upsert or delete, and a panel's pending changes go together: one {@code items/link} call per batch of identifiers
 * to write and one {@code link/delete} per batch to remove, each answered per item. After an attempt that may have
 * been applied, the identifiers to write are read back first and those the panel already holds are not written
 * again. A panel that does not answer fails the conversation (retried by the core, with its own breaker); what was
 * answered before stays answered.
 */
public class BasIpAdapter implements VendorAdapter {

    public static final int DEFAULT_BATCH_SIZE = 50;

    private final VendorHttp http;
    private final IdentifierShape shapes;
    private final int batchSize;
    private final PanelSessions sessions = new PanelSessions();

    public BasIpAdapter(VendorHttp http, ValueCipher cipher, int batchSize) {
        if (batchSize < 1) {
            throw new IllegalArgumentException("credsync.vendor.basip.batch-size must be at least 1");
        }
        this.http = http;
        this.shapes = new IdentifierShape(cipher);
        this.batchSize = batchSize;
    }

    @Override
    public Vendor vendor() {
        return Vendor.BASIP;
    }

    @Override
    public TargetResult apply(TargetWork work, VendorConnection connection) throws VendorFailure {
        PanelTarget panel = PanelTarget.of(work.address(), connection);
        PanelClient client = new PanelClient(http, connection, panel.url(), sessions);
        Map<UUID, SlotResult> results = new LinkedHashMap<>();
        Map<UUID, IdentifierItem> writes = new LinkedHashMap<>();
        List<UUID> deletes = new ArrayList<>();
        for (Slot slot : work.pending()) {
            if (slot.desired().desired().presence() == Presence.ABSENT) {
                deletes.add(slot.credentialId());
                continue;
            }
            try {
                writes.put(slot.credentialId(), shapes.of(slot.desired(), panel));
            } catch (IllegalArgumentException | EnvelopeException e) {
                results.put(slot.credentialId(), SlotResult.failed(slot.credentialId(), "basip.identifier_invalid",
                        e.getMessage()));
            }
        }
        try {
            // removals first: access is taken away before it is given, and a number freed by one credential can
            // be written for another in the same conversation
            delete(client, deletes, results);
            if (work.attempt() > 1) {
                adoptHeld(client, writes, results);
            }
            write(client, writes, results);
        } catch (VendorFailure failure) {
            return stopped(work, results, client.calls(), failure);
        }
        return finished(work, results, client.calls());
    }

    /** Identifiers a lost answer already wrote: applied, not written again. */
    private static void adoptHeld(PanelClient client, Map<UUID, IdentifierItem> writes,
            Map<UUID, SlotResult> results) throws VendorFailure {
        for (Iterator<Map.Entry<UUID, IdentifierItem>> it = writes.entrySet().iterator(); it.hasNext();) {
            var entry = it.next();
            var held = client.read(entry.getValue().linkId());
            if (held.isPresent() && holds(held.get(), entry.getValue())) {
                results.put(entry.getKey(), LinkOutcomes.applied(entry.getKey()));
                it.remove();
            }
        }
    }

    private void write(PanelClient client, Map<UUID, IdentifierItem> writes, Map<UUID, SlotResult> results)
            throws VendorFailure {
        List<IdentifierItem> items = new ArrayList<>(writes.values());
        for (int from = 0; from < items.size(); from += batchSize) {
            var batch = items.subList(from, Math.min(items.size(), from + batchSize));
            List<LinkResult> answered;
            try {
                answered = client.upsert(batch);
            } catch (VendorFailure failure) {
                if (!refusedBody(failure)) {
                    throw failure;
                }
                batch.forEach(item -> results.put(UUID.fromString(item.linkId()), SlotResult.failed(UUID.fromString(
                        item.linkId()), failure.code(), failure.vendorMessage())));
                continue;
            }
            for (LinkResult result : answered) {
                UUID credential = credential(result.linkId());
                if (credential != null && writes.containsKey(credential)) {
                    results.put(credential, LinkOutcomes.upserted(credential, result));
                }
            }
        }
    }

    private void delete(PanelClient client, List<UUID> deletes, Map<UUID, SlotResult> results) throws VendorFailure {
        for (int from = 0; from < deletes.size(); from += batchSize) {
            var batch = deletes.subList(from, Math.min(deletes.size(), from + batchSize));
            for (LinkResult result : client.delete(batch.stream().map(UUID::toString).toList())) {
                UUID credential = credential(result.linkId());
                if (credential != null && batch.contains(credential)) {
                    results.put(credential, LinkOutcomes.deleted(credential, result));
                }
            }
        }
    }

    /** A 400: the panel refused this batch's body; the other batches may still be written. */
    private static boolean refusedBody(VendorFailure failure) {
        return failure.kind() == VendorFailure.Kind.PERMANENT && failure.httpStatus() == 400;
    }

    /**
     * A refusal of the whole request (bad body, no administrator rights) fails the slots still open, with the panel's
     * code; a panel that did not answer leaves them to the core's retry, keeping what was answered.
     */
    private static TargetResult stopped(TargetWork work, Map<UUID, SlotResult> results, int calls,
            VendorFailure failure) throws VendorFailure {
        if (failure.kind() == VendorFailure.Kind.PERMANENT) {
            for (Slot slot : work.pending()) {
                results.putIfAbsent(slot.credentialId(), SlotResult.failed(slot.credentialId(), failure.code(),
                        failure.vendorMessage()));
            }
            return new TargetResult(new ArrayList<>(results.values()), calls);
        }
        if (results.isEmpty()) {
            throw failure;
        }
        return new TargetResult(new ArrayList<>(results.values()), calls, failure);
    }

    /** A slot the panel's answer did not mention is not known to be done: retried like a lost answer. */
    private static TargetResult finished(TargetWork work, Map<UUID, SlotResult> results, int calls) {
        boolean unanswered = work.pending().stream().anyMatch(slot -> !results.containsKey(slot.credentialId()));
        return new TargetResult(new ArrayList<>(results.values()), calls, unanswered
                ? new VendorFailure(VendorFailure.Kind.AMBIGUOUS, "missing_result",
                        "the panel's answer did not mention every link_id", null, null)
                : null);
    }

    /** Whether what the panel holds is the item, field by field (a panel may add fields of its own, e.g. uid). */
    private static boolean holds(JsonNode held, IdentifierItem item) {
        JsonNode wanted;
        try {
            // through text, so that numbers compare as the panel's JSON reads them
            wanted = Json.mapper().readTree(Json.write(item));
        } catch (IOException e) {
            return false;
        }
        for (Iterator<Map.Entry<String, JsonNode>> fields = wanted.fields(); fields.hasNext();) {
            var field = fields.next();
            if (!field.getValue().equals(held.get(field.getKey()))) {
                return false;
            }
        }
        return true;
    }

    private static UUID credential(String linkId) {
        try {
            return linkId == null ? null : UUID.fromString(linkId);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
