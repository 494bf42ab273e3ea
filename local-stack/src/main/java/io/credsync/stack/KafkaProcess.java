package io.credsync.stack;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Stream;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.common.Uuid;

/**
 * A real single-node Apache Kafka broker (KRaft, combined broker and controller) in its own JVM, run from the
 * jars the build copied to {@code local-stack/target/kafka-libs}: no download and no Kafka distribution at run
 * time. Storage under {@code <home>/kafka/data} is formatted once and kept, so topics and records survive a
 * restart.
 */
final class KafkaProcess implements StackComponent {

    private static final String MAIN = "kafka.Kafka";
    private static final Duration STOP_GRACE = Duration.ofSeconds(30);

    private final StackConfig config;
    private final RunDir runDir;
    private volatile ChildProcess process;
    private volatile boolean stopped;

    KafkaProcess(StackConfig config, RunDir runDir) {
        this.config = config;
        this.runDir = runDir;
    }

    @Override
    public String name() {
        return RunDir.KAFKA;
    }

    /** Formats storage if needed, starts the broker and waits until it accepts connections. */
    void start() {
        requireLibs();
        Path configDir = config.kafkaDir().resolve("config");
        write(configDir.resolve("server.properties"), serverProperties());
        write(configDir.resolve("log4j2.properties"), log4jProperties("INFO"));
        write(configDir.resolve("tools-log4j2.properties"), log4jProperties("WARN"));
        formatOnce(configDir);
        ChildProcess previous = process;
        Console.info("kafka: %s broker on %s (log %s)", previous == null ? "starting" : "restarting",
                config.kafkaBootstrap(), log());
        process = previous == null
                ? ChildProcess.start(name(), command(configDir), config.kafkaDir(), Map.of(), log(), runDir,
                        signature())
                : previous.respawn();
        if (stopped) {
            // stop() ran while we were spawning (Ctrl-C during startup): it saw no process to stop
            process.stop(STOP_GRACE);
            throw new StackException("stopped during startup");
        }
        Readiness.await("Kafka on " + config.kafkaBootstrap(), config.startTimeout(),
                () -> PortCheck.accepts(config.kafkaPort()), this::failIfExited);
    }

    @Override
    public OptionalLong pid() {
        ChildProcess running = process;
        return running != null && running.isAlive() ? OptionalLong.of(running.pid()) : OptionalLong.empty();
    }

    /**
     * SIGKILL: no controlled shutdown, nothing flushed by the broker. What it had appended is in the OS page cache
     * (a process crash loses none of it), so the next start recovers the logs and keeps every acknowledged record,
     * committed offset and topic.
     */
    @Override
    public void kill() {
        ChildProcess running = process;
        if (running == null || !running.isAlive()) {
            throw new StackException("kafka is not running");
        }
        running.kill();
    }

    /**
     * The same configuration, ports and storage (never formatted again: meta.properties is there), log appended.
     * After a kill the broker recovers its logs first, and the controller refuses the new incarnation's registration
     * (DUPLICATE_BROKER_REGISTRATION) until the killed one's session has timed out (broker.session.timeout.ms, Kafka's
     * default 9 s, kept: that is how a real broker comes back). So a restart after a kill takes ~10-15 s here; ready
     * once it answers a topic list request, not merely once its port accepts connections.
     */
    @Override
    public void restart() {
        ChildProcess running = process;
        if (running != null && running.isAlive()) {
            throw new StackException("kafka is running (pid " + running.pid() + "): kill it first");
        }
        start();
        Map<String, Object> adminConfig = Map.of(
                AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, config.kafkaBootstrap(),
                AdminClientConfig.CLIENT_ID_CONFIG, "credsync-local-stack-restart",
                AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, 2000,
                AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, 3000);
        try (Admin admin = Admin.create(adminConfig)) {
            Readiness.await("Kafka on " + config.kafkaBootstrap() + " (topic list)", config.startTimeout(),
                    () -> answersTopicList(admin), this::failIfExited);
        }
    }

    @Override
    public void stop() {
        stopped = true;
        ChildProcess running = process;
        if (running != null) {
            // SIGTERM = controlled shutdown: the log is flushed and the next start needs no recovery
            running.stop(STOP_GRACE);
        }
    }

    private static boolean answersTopicList(Admin admin) {
        try {
            admin.listTopics().names().get(3, TimeUnit.SECONDS);
            return true;
        } catch (ExecutionException | TimeoutException | RuntimeException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new StackException("interrupted while waiting for Kafka");
        }
    }

    /** Detects a broker that died during startup, with the end of its log in the message. */
    private void failIfExited() {
        if (process != null && !process.isAlive()) {
            throw process.exitedDuringStartup();
        }
    }

    private Path log() {
        return config.logs().resolve("kafka.log");
    }

    private String signature() {
        return "-Dcredsync.home=" + config.home();
    }

    private List<String> command(Path configDir) {
        List<String> command = new ArrayList<>(javaCommand(configDir.resolve("log4j2.properties")));
        command.addAll(config.kafkaJvmOptions());
        // Kafka's own defaults from kafka-run-class.sh: low pauses matter more than throughput here
        command.addAll(List.of("-XX:+UseG1GC", "-XX:MaxGCPauseMillis=20", "-XX:InitiatingHeapOccupancyPercent=35"));
        command.add(MAIN);
        command.add(configDir.resolve("server.properties").toString());
        return command;
    }

    private List<String> javaCommand(Path log4jConfig) {
        return List.of(ChildProcess.java(), "-cp", config.kafkaLibs().resolve("*").toString(),
                "-Djava.awt.headless=true", "-Dlog4j2.configurationFile=" + log4jConfig,
                "-Dcredsync.component=kafka", signature());
    }

    /**
     * KRaft needs its storage formatted with a cluster id before the first start. The marker is the
     * meta.properties the format writes; an existing one is kept, so restarts keep their data.
     */
    private void formatOnce(Path configDir) {
        Path data = config.kafkaDir().resolve("data");
        if (Files.isRegularFile(data.resolve("meta.properties"))) {
            return;
        }
        String clusterId = Uuid.randomUuid().toString();
        Console.info("kafka: formatting storage %s (cluster id %s)", data, clusterId);
        List<String> command = new ArrayList<>(javaCommand(configDir.resolve("tools-log4j2.properties")));
        command.addAll(List.of("-Xmx256m", "kafka.tools.StorageTool", "format", "--ignore-formatted", "-t",
                clusterId, "-c", configDir.resolve("server.properties").toString()));
        try {
            Files.createDirectories(log().getParent());
            Process format = new ProcessBuilder(command)
                    .redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(log().toFile()))
                    .start();
            if (!format.waitFor(config.startTimeout().toSeconds(), TimeUnit.SECONDS)) {
                format.destroyForcibly();
                throw new StackException("formatting Kafka storage timed out; see " + log());
            }
            if (format.exitValue() != 0) {
                throw new StackException("formatting Kafka storage failed (exit code " + format.exitValue()
                        + "). Last lines of " + log() + ":\n" + ChildProcess.tail(log(), 20));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new StackException("interrupted while formatting Kafka storage");
        }
    }

    private void requireLibs() {
        Path libs = config.kafkaLibs();
        boolean present = false;
        if (Files.isDirectory(libs)) {
            try (Stream<Path> files = Files.list(libs)) {
                present = files.anyMatch(p -> p.getFileName().toString().startsWith("kafka_2.13-"));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        if (!present) {
            throw new StackException("the Kafka broker jars are missing from " + libs
                    + "; build them with ./mvnw -Dquick install -pl local-stack -am (./credsync up does it)");
        }
    }

    /**
     * A static one-voter quorum (controller.quorum.voters) rather than a dynamic one: the voter's address is
     * then configuration, not something written into the formatted log, so CREDSYNC_KAFKA_CONTROLLER_PORT can
     * change between runs.
     */
    private String serverProperties() {
        String host = StackConfig.HOST;
        return """
                # Written by the credsync local stack at every start; edit StackConfig/KafkaProcess instead.
                process.roles=broker,controller
                node.id=1
                controller.quorum.voters=1@%1$s:%3$d
                listeners=PLAINTEXT://%1$s:%2$d,CONTROLLER://%1$s:%3$d
                advertised.listeners=PLAINTEXT://%1$s:%2$d
                controller.listener.names=CONTROLLER
                inter.broker.listener.name=PLAINTEXT
                listener.security.protocol.map=CONTROLLER:PLAINTEXT,PLAINTEXT:PLAINTEXT
                log.dirs=%4$s
                num.partitions=1
                # Topics come from Topics.catalogue(); a typo in a service should fail, not create a topic
                auto.create.topics.enable=%5$s
                # One broker: every internal topic with one replica; fewer partitions start faster
                offsets.topic.replication.factor=1
                offsets.topic.num.partitions=10
                transaction.state.log.replication.factor=1
                transaction.state.log.min.isr=1
                transaction.state.log.num.partitions=10
                share.coordinator.state.topic.replication.factor=1
                share.coordinator.state.topic.min.isr=1
                # A new consumer group starts at once instead of after 3 s
                group.initial.rebalance.delay.ms=0
                """.formatted(host, config.kafkaPort(), config.kafkaControllerPort(),
                config.kafkaDir().resolve("data"), config.kafkaAutoCreateTopics());
    }

    private static String log4jProperties(String level) {
        return """
                status = warn
                appender.out.type = Console
                appender.out.name = STDOUT
                appender.out.layout.type = PatternLayout
                appender.out.layout.pattern = [%%d] %%p %%m (%%c)%%n
                rootLogger.level = %s
                rootLogger.appenderRef.out.ref = STDOUT
                logger.state.name = state.change.logger
                logger.state.level = WARN
                """.formatted(level);
    }

    private static void write(Path file, String content) {
        try {
            Files.createDirectories(file.getParent());
            Files.writeString(file, content);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
