package io.credsync.stack;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.OptionalLong;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;

import io.credsync.model.Topics;

/**
 * The whole local stack: Kafka and PostgreSQL (started side by side), the catalogue's topics, then the services.
 * Everything started is stopped by {@link #close()} in reverse order, also when startup fails half-way.
 * Usable in-process (tests, benchmarks) as well as from {@link LocalStack}.
 *
 * <p>Fault injection: {@link #kill(String)} and {@link #restart(String)} break and repair one component of a running
 * stack (a service, {@code kafka}, or the embedded {@code postgres}); {@link #close()} still stops everything.
 */
public final class Stack implements AutoCloseable {

    private final StackConfig config;
    private final RunDir runDir;
    private final Deque<StackComponent> started = new ArrayDeque<>();
    private final CountDownLatch stopped = new CountDownLatch(1);
    private final List<ServiceProcess> services = new ArrayList<>();
    private final List<String> skipped = new ArrayList<>();
    /** Pids killed on purpose: their exit is no surprise worth a warning. */
    private final Set<Long> killed = ConcurrentHashMap.newKeySet();
    /** One kill or restart at a time, and none while close() stops everything. */
    private final Object faults = new Object();
    private boolean closed;
    private KafkaProcess kafka;
    private PostgresServer postgres;
    private TopicCreator.Report topics;
    private Duration startup;

    public Stack(StackConfig config) {
        this.config = config;
        this.runDir = new RunDir(config.run());
    }

    /** Starts a stack and returns it ready; on failure everything already started is stopped again. */
    public static Stack start(StackConfig config) {
        Stack stack = new Stack(config);
        stack.startAll();
        return stack;
    }

    public void startAll() {
        long begin = System.nanoTime();
        try {
            List<ServiceSpec> selected = selectedServices();
            ServiceBuilder.buildStale(config, selected);
            List<ServiceSpec> runnable = runnable(selected);
            PortCheck.requireFree(claims(runnable));
            startKafkaAndPostgres();
            topics = TopicCreator.createAll(config.kafkaBootstrap(), Topics.catalogue(), config.startTimeout());
            Console.info("kafka: ready, topics: %d created, %d already there", topics.created().size(),
                    topics.existing().size());
            startServices(runnable);
            startup = Duration.ofNanos(System.nanoTime() - begin);
        } catch (RuntimeException e) {
            close();
            throw e;
        }
    }

    /** Stops everything this stack started, newest first. Idempotent; safe from a shutdown hook. */
    @Override
    public void close() {
        List<StackComponent> toStop;
        synchronized (this) {
            if (closed) {
                return;
            }
            closed = true;
            toStop = new ArrayList<>(started);
            started.clear();
        }
        long begin = System.nanoTime();
        // waits for a restart under way, so that what it started is stopped too
        synchronized (faults) {
            stopAll(toStop);
        }
        if (!toStop.isEmpty()) {
            Console.info("stopped in %.1f s", (System.nanoTime() - begin) / 1e9);
        }
        stopped.countDown();
    }

    private static void stopAll(List<StackComponent> toStop) {
        for (StackComponent component : toStop) {
            try {
                Console.info("stopping %s", component.name());
                component.stop();
            } catch (RuntimeException e) {
                Console.warn("stopping %s failed: %s", component.name(), e.getMessage());
            }
        }
    }

    /**
     * What {@link #kill(String)}, {@link #restart(String)} and {@link #pid(String)} accept, in start order:
     * {@code kafka}, {@code postgres} (unless it is an external one, CREDSYNC_PG_URL), then the running services by
     * their catalogue names (e.g. {@code simulators}; a name of one of its extra ports, such as
     * {@code jetstream-simulator}, is accepted too and means the whole process).
     */
    public List<String> components() {
        List<String> names = new ArrayList<>();
        names.add(RunDir.KAFKA);
        if (config.embeddedPostgres()) {
            names.add(RunDir.POSTGRES);
        }
        services.forEach(service -> names.add(service.name()));
        return names;
    }

    /**
     * The component's main process while it runs (the postmaster for postgres), for CPU/RSS sampling; empty while it
     * is killed, and once the stack is closed.
     */
    public OptionalLong pid(String component) {
        synchronized (this) {
            if (closed) {
                return OptionalLong.empty();
            }
        }
        return component(component).pid();
    }

    /**
     * {@code kill -9} of one component (see {@link #components()}), no grace period; returns once it is gone. The
     * stack does not restart it by itself; its exit is not reported as unexpected.
     */
    public void kill(String component) {
        synchronized (faults) {
            StackComponent target = component(component);
            OptionalLong pid = target.pid();
            if (pid.isEmpty()) {
                throw new StackException(component + " is not running");
            }
            Console.info("%s: killing pid %d (SIGKILL)", component, pid.getAsLong());
            killed.add(pid.getAsLong());
            target.kill();
        }
    }

    /**
     * Starts a killed (or crashed) component again on the same port, with the same environment, data directory and
     * log file (appended), and returns once it is ready: a service when its readiness check passes as at startup,
     * Kafka when it answers a topic list request, PostgreSQL when it accepts a JDBC connection. Kafka's and
     * PostgreSQL's data survive a kill: topics, records, committed offsets and tables are there again. Refused while
     * the component still runs.
     */
    public void restart(String component) {
        synchronized (faults) {
            StackComponent target = component(component);
            long begin = System.nanoTime();
            target.restart();
            watch(component, target.pid(), log(component));
            Console.info("%s: ready again in %.1f s (pid %d)", component, (System.nanoTime() - begin) / 1e9,
                    target.pid().orElse(-1));
        }
    }

    private StackComponent component(String name) {
        synchronized (this) {
            if (closed) {
                throw new StackException("the stack is closed");
            }
        }
        if (name.equals(RunDir.KAFKA) && kafka != null) {
            return kafka;
        }
        if (name.equals(RunDir.POSTGRES) && postgres != null) {
            if (!config.embeddedPostgres()) {
                throw new StackException("postgres is external (CREDSYNC_PG_URL): not the stack's to kill or restart");
            }
            return postgres;
        }
        return services.stream()
                .filter(service -> service.answersTo(name))
                .findFirst()
                .map(StackComponent.class::cast)
                .orElseThrow(() -> new StackException("no component " + name + " in this stack; known: "
                        + components()));
    }

    /** Blocks until {@link #close()} has finished (the launcher's main thread parks here). */
    public void awaitClosed() throws InterruptedException {
        stopped.await();
    }

    public String kafkaBootstrap() {
        return config.kafkaBootstrap();
    }

    public long kafkaPid() {
        return kafka.pid().orElse(-1);
    }

    public String jdbcUrl() {
        return postgres.jdbcUrl();
    }

    public String pgUser() {
        return postgres.user();
    }

    public String pgPassword() {
        return postgres.password();
    }

    public OptionalLong postgresPid() {
        return postgres.pid();
    }

    public Duration startup() {
        return startup;
    }

    /** Shell lines (export NAME='value') for a service started by hand, e.g. in dev mode. */
    public String environmentFile() {
        return StackSummary.environmentFile(config, postgres, services);
    }

    /** What {@code ./credsync up} prints once everything is ready. */
    public String summary() {
        return new StackSummary(config, postgres, topics, services, skipped, startup).text();
    }

    private void startKafkaAndPostgres() {
        kafka = new KafkaProcess(config, runDir);
        register(kafka);
        // Side by side: the broker's JVM start and PostgreSQL's start are each a few seconds, mostly waiting
        CompletableFuture<Void> kafkaReady = CompletableFuture.runAsync(kafka::start, runnable -> {
            Thread thread = new Thread(runnable, "credsync-kafka-start");
            thread.setDaemon(true);
            thread.start();
        });
        RuntimeException failure = null;
        try {
            postgres = PostgresServer.start(config, runDir);
            register(postgres);
            watch(RunDir.POSTGRES, postgres.pid(), log("postgres"));
        } catch (RuntimeException e) {
            failure = e;
        }
        try {
            kafkaReady.join();
            watch(RunDir.KAFKA, kafka.pid(), log("kafka"));
        } catch (CompletionException e) {
            if (failure == null) {
                failure = e.getCause() instanceof RuntimeException r ? r : e;
            }
        }
        if (failure != null) {
            throw failure;
        }
    }

    private void startServices(List<ServiceSpec> runnable) {
        // All at once, then wait for each: JVM start-ups overlap
        for (ServiceSpec spec : runnable) {
            ServiceProcess service = ServiceProcess.start(spec, config,
                    ServiceProcess.environment(spec, config, postgres), runDir);
            register(service);
            services.add(service);
        }
        for (ServiceProcess service : services) {
            service.awaitReady(config.startTimeout());
            watch(service.name(), service.pid(), log(service.name()));
            Console.info("%s: ready on %s", service.name(), service.url());
        }
    }

    private List<ServiceSpec> selectedServices() {
        config.services().ifPresent(names -> {
            List<String> known = ServiceCatalogue.all(config.root()).stream().flatMap(spec -> spec.names().stream())
                    .toList();
            List<String> unknown = names.stream().filter(n -> !known.contains(n)).sorted().toList();
            if (!unknown.isEmpty()) {
                throw new StackException("CREDSYNC_SERVICES names unknown services " + unknown + "; known: " + known
                        + " (or all, none)");
            }
        });
        // selecting a service selects its replicas
        return Replicas.of(ServiceCatalogue.all(config.root()).stream()
                .filter(spec -> spec.names().stream().anyMatch(config::serviceSelected))
                .toList(), config.replicas());
    }

    private List<ServiceSpec> runnable(List<ServiceSpec> selected) {
        List<ServiceSpec> runnable = new ArrayList<>();
        for (ServiceSpec spec : selected) {
            if (!spec.implemented(config.root())) {
                skipped.add(spec.name() + ": not implemented yet (no " + spec.module() + "/src/main)");
            } else if (!Files.isRegularFile(spec.jar(config.root()))) {
                skipped.add(spec.name() + ": not built yet (no "
                        + StackSummary.relative(config, spec.jar(config.root())) + ")");
            } else {
                runnable.add(spec);
            }
        }
        skipped.forEach(line -> Console.info("skipping %s", line));
        return runnable;
    }

    private List<PortCheck.Claim> claims(List<ServiceSpec> runnable) {
        List<PortCheck.Claim> claims = new ArrayList<>();
        claims.add(new PortCheck.Claim(config.kafkaPort(), "the Kafka broker", "CREDSYNC_KAFKA_PORT"));
        claims.add(new PortCheck.Claim(config.kafkaControllerPort(), "the Kafka controller",
                "CREDSYNC_KAFKA_CONTROLLER_PORT"));
        if (config.embeddedPostgres()) {
            claims.add(new PortCheck.Claim(config.pgPort(), "the embedded PostgreSQL", "CREDSYNC_PG_PORT"));
        }
        for (ServiceSpec spec : runnable) {
            claims.add(new PortCheck.Claim(config.servicePort(spec), spec.name(),
                    StackConfig.portVariable(spec.name())));
            for (ServiceSpec.ExtraPort extra : spec.extraPorts()) {
                claims.add(new PortCheck.Claim(config.extraPort(extra), spec.name() + " (" + extra.name() + ")",
                        StackConfig.portVariable(extra.name())));
            }
        }
        return claims;
    }

    /** Adds a started component; if the stack was closed meanwhile (Ctrl-C during startup), stops it at once. */
    private void register(StackComponent component) {
        synchronized (this) {
            if (!closed) {
                started.push(component);
                return;
            }
        }
        component.stop();
        throw new StackException("stopped during startup");
    }

    /** A process that dies while the stack runs is reported at once, not found out later by a confused service. */
    private void watch(String name, OptionalLong pid, Path log) {
        pid.stream().mapToObj(ProcessHandle::of).flatMap(java.util.Optional::stream).forEach(handle -> handle.onExit()
                .thenRun(() -> {
                    synchronized (this) {
                        if (closed) {
                            return;
                        }
                    }
                    if (killed.remove(handle.pid())) {
                        return;
                    }
                    Console.warn("%s (pid %d) exited unexpectedly; see %s", name, handle.pid(),
                            StackSummary.relative(config, log));
                }));
    }

    private Path log(String name) {
        return config.logs().resolve(name + ".log");
    }
}
