package io.credsync.vendor.intserv.events;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jboss.logging.Logger;

import io.credsync.model.outcome.SyncOutcome;
import io.credsync.vendor.intserv.api.IntServClient;
import io.credsync.vendor.intserv.api.KeyStatus;
import io.credsync.vendor.spi.VendorConnection;
import io.credsync.vendor.spi.VendorFailure;
import io.credsync.vendor.spi.events.EventContext;

/**
 * Polls {@code /v1/accesskeys/status} for what is in flight, never for every key: each run takes the targets polled
 * least recently, at most {@code batchSize}, reads each key once (targets on several systems of one key share the
 * call), publishes what is settled, and only then forgets it; the rest is marked polled and goes to the back. An
 * account that does not answer is skipped until the next run; the others go on.
 */
final class PropagationPoller {

    private static final Logger LOG = Logger.getLogger(PropagationPoller.class);

    private final EventContext context;
    private final InFlightKeys inFlight;
    private final int batchSize;

    PropagationPoller(EventContext context, InFlightKeys inFlight, int batchSize) {
        if (batchSize < 1) {
            throw new IllegalArgumentException("credsync.vendor.intserv.status-batch-size must be at least 1");
        }
        this.context = context;
        this.inFlight = inFlight;
        this.batchSize = batchSize;
    }

    /** One bounded round; false: the job's interval paces the next (pending keys are not re-read in a loop). */
    boolean pollOnce() throws Exception {
        List<InFlightKey> due = inFlight.due(batchSize);
        Map<InFlightKey.KeyRef, List<InFlightKey>> byKey = new LinkedHashMap<>();
        due.forEach(key -> byKey.computeIfAbsent(key.keyRef(), k -> new ArrayList<>()).add(key));
        List<SyncOutcome> outcomes = new ArrayList<>();
        List<InFlightKey> settled = new ArrayList<>();
        List<InFlightKey> waiting = new ArrayList<>();
        for (var entry : byKey.entrySet()) {
            List<SyncOutcome> found = read(entry.getKey(), entry.getValue());
            for (InFlightKey key : entry.getValue()) {
                var outcome = found.stream().filter(o -> o.targetId().equals(key.targetId())).findFirst();
                outcome.ifPresent(outcomes::add);
                (outcome.isPresent() ? settled : waiting).add(key);
            }
        }
        context.outcomes().publish(outcomes);
        inFlight.settled(settled);
        inFlight.polled(waiting);
        context.metrics().count("status.polled", "settled", String.valueOf(settled.size()));
        return false;
    }

    /** The final outcomes one key's status gives its targets; none when the account could not be read. */
    private List<SyncOutcome> read(InFlightKey.KeyRef ref, List<InFlightKey> targets) throws InterruptedException {
        String source = context.outcomes().source();
        var now = context.clock().instant();
        try {
            VendorConnection connection = context.connections().find(ref.tenant(), ref.connectionId()).orElse(null);
            if (connection == null) {
                LOG.warnf("IntServ connection %s/%s is not defined; its keys stay in flight", ref.tenant(),
                        ref.connectionId());
                return List.of();
            }
            KeyStatus status = new IntServClient(context.http(), connection).status(ref.keyId());
            List<SyncOutcome> outcomes = new ArrayList<>();
            for (InFlightKey key : targets) {
                PropagationOutcomes.of(key, status, source, now).ifPresent(outcomes::add);
            }
            return outcomes;
        } catch (VendorFailure failure) {
            if (failure.httpStatus() == 404) {
                return targets.stream().map(key -> PropagationOutcomes.missing(key, source, now)).toList();
            }
            // an outage or an unreadable answer: try again next round, the other accounts go on
            LOG.warnf("reading the status of IntServ key %s failed, retrying: %s %s", ref.keyId(), failure.code(),
                    failure.vendorMessage());
            return List.of();
        }
    }
}
