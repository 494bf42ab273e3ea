package io.credsync.testsupport;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Level;
import java.util.logging.Logger;

import org.jboss.logmanager.LogContext;

/**
 * Keeps in-process servers (Kafka broker, Docker discovery, embedded PostgreSQL) at WARN so their INFO chatter does
 * not bury test output. Levels are set on JUL loggers (System.Logger users such as kroxylicious) and on the JBoss
 * LogContext that slf4j-jboss-logmanager feeds (Kafka, Testcontainers, zonky); both are the same tree when
 * {@code java.util.logging.manager=org.jboss.logmanager.LogManager}, as in Quarkus and our surefire setup.
 */
final class QuietLogging {

    private static final List<String> SERVER_CATEGORIES = List.of(
            "kafka", "state.change.logger", "org.apache.kafka", "io.kroxylicious", "org.apache.zookeeper",
            "io.zonky.test", "org.testcontainers", "tc", "com.github.dockerjava");
    // Warns about its bootstrap on every fresh single-node start; nothing a test could act on.
    private static final String KRAFT_CONTROLLER = "org.apache.kafka.controller";
    private static final String DOCKER_DISCOVERY = "org.testcontainers";

    // JUL holds loggers weakly; a collected logger forgets its level, so keep them.
    private static final Map<String, List<Logger>> RETAINED = new ConcurrentHashMap<>();

    private QuietLogging() {
    }

    /** Idempotent; a test (or Quarkus config) may still lower a specific category afterwards. */
    static void quietServers() {
        for (String category : SERVER_CATEGORIES) {
            RETAINED.computeIfAbsent(category, QuietLogging::setWarn);
        }
        RETAINED.computeIfAbsent(KRAFT_CONTROLLER, category -> setLevel(category, Level.SEVERE));
    }

    static void silenceDockerDiscovery() {
        quietServers();
        setLevel(DOCKER_DISCOVERY, Level.OFF);
    }

    static void restoreDockerDiscovery() {
        setLevel(DOCKER_DISCOVERY, Level.WARNING);
    }

    private static List<Logger> setWarn(String category) {
        return setLevel(category, Level.WARNING);
    }

    private static List<Logger> setLevel(String category, Level level) {
        Logger jul = Logger.getLogger(category);
        Logger jboss = LogContext.getLogContext().getLogger(category);
        jul.setLevel(level);
        jboss.setLevel(level);
        return List.of(jul, jboss);
    }
}
