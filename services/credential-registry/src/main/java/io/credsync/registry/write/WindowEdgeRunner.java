package io.credsync.registry.write;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import io.credsync.model.command.CommandReason;
import io.credsync.model.credential.ChangeOperation;
import io.credsync.registry.credential.Credential;
import io.credsync.registry.credential.CredentialState;
import io.credsync.registry.schedule.ScheduledTransition;
import io.credsync.support.health.Heartbeats;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.quarkus.vertx.core.runtime.context.VertxContextSafetyToggle;
import io.smallrye.common.vertx.VertxContext;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import io.vertx.core.Context;
import io.vertx.core.Vertx;

/**
 * Acts on validity-window edges at their second: every {@code credsync.schedule.tick} it claims the due edges with
 * SKIP LOCKED (so replicas share them, none twice), re-plans each credential at a new version, and records how late
 * each edge was acted on ({@code credsync.window.edge.lateness}).
 */
@ApplicationScoped
public class WindowEdgeRunner {

    private static final Logger LOG = Logger.getLogger(WindowEdgeRunner.class);
    private static final String CLAIM_DUE = """
            SELECT credential_id, edge, due_at FROM scheduled_transition
            WHERE due_at <= now() ORDER BY due_at LIMIT 200 FOR UPDATE SKIP LOCKED
            """;

    private final Vertx vertx;
    private final CredentialWriter writer;
    private final Duration tick;
    private final Heartbeats.Heartbeat heartbeat;
    private final Timer activationLateness;
    private final Timer expiryLateness;
    private volatile long timerId = -1;
    private volatile boolean busy;

    public WindowEdgeRunner(Vertx vertx, CredentialWriter writer,
            @ConfigProperty(name = "credsync.schedule.tick", defaultValue = "PT0.2S") Duration tick,
            MeterRegistry metrics, Heartbeats heartbeats) {
        this.vertx = vertx;
        this.writer = writer;
        this.tick = tick;
        // a tick's transaction that never ends leaves every later tick skipped as busy
        this.heartbeat = heartbeats.register("window-edges", tick.plusMinutes(2));
        this.activationLateness = Timer.builder("credsync.window.edge.lateness").tag("edge", "activation")
                .publishPercentiles(0.5, 0.99).register(metrics);
        this.expiryLateness = Timer.builder("credsync.window.edge.lateness").tag("edge", "expiry")
                .publishPercentiles(0.5, 0.99).register(metrics);
    }

    void start(@Observes StartupEvent event) {
        timerId = vertx.setPeriodic(tick.toMillis(), id -> runOnce());
    }

    void stop(@Observes ShutdownEvent event) {
        heartbeat.stop();
        if (timerId >= 0) {
            vertx.cancelTimer(timerId);
        }
    }

    private void runOnce() {
        if (busy) {
            return;
        }
        busy = true;
        // Hibernate Reactive needs a duplicated context marked safe; a periodic timer runs on the root one
        Context context = VertxContext.createNewDuplicatedContext(vertx.getOrCreateContext());
        VertxContextSafetyToggle.setContextSafe(context, true);
        context.runOnContext(ignored -> Panache.withTransaction(this::actOnDueEdges)
                .subscribe().with(count -> {
                    busy = false;
                    heartbeat.beat();
                }, failure -> {
                    busy = false;
                    heartbeat.beat();
                    LOG.warnf("window edges not processed this tick: %s", failure.toString());
                }));
    }

    /** @return how many edges were acted on */
    public Uni<Integer> actOnDueEdges() {
        return Panache.getSession()
                .flatMap(s -> s.createNativeQuery(CLAIM_DUE, Object[].class).getResultList())
                .flatMap(rows -> Multi.createFrom().iterable(rows)
                        .onItem().transformToUniAndConcatenate(this::act)
                        .collect().asList()
                        .map(List::size));
    }

    private Uni<Void> act(Object[] row) {
        UUID credentialId = (UUID) row[0];
        String edge = (String) row[1];
        Instant due = toInstant(row[2]);
        Instant now = Instant.now();
        (ScheduledTransition.ACTIVATION.equals(edge) ? activationLateness : expiryLateness)
                .record(Duration.between(due, now).isNegative() ? Duration.ZERO : Duration.between(due, now));
        return Credential.<Credential>findById(credentialId)
                .flatMap(credential -> {
                    if (credential == null || credential.state() == CredentialState.REVOKED) {
                        return ScheduledTransition.delete("credentialId = ?1 and edge = ?2", credentialId, edge)
                                .replaceWithVoid();
                    }
                    credential.version++;
                    var reason = ScheduledTransition.ACTIVATION.equals(edge)
                            ? CommandReason.ACTIVATION
                            : CommandReason.EXPIRY;
                    var context = new WriteContext();
                    return writer.rewrite(credential, ChangeOperation.UPSERT, reason, false, now, context)
                            .invoke(result -> {
                                if (result.commands() == 0) {
                                    credential.version--; // no target's desired state changed: no new version
                                }
                            })
                            .call(context::flush)
                            .replaceWithVoid();
                });
    }

    private static Instant toInstant(Object value) {
        if (value instanceof Instant instant) {
            return instant;
        }
        if (value instanceof OffsetDateTime odt) {
            return odt.toInstant();
        }
        if (value instanceof java.time.LocalDateTime ldt) {
            return ldt.toInstant(java.time.ZoneOffset.UTC);
        }
        return Instant.parse(value.toString());
    }
}
