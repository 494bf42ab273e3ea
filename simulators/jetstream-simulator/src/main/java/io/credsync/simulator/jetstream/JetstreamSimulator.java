package io.credsync.simulator.jetstream;

import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpServer;
import io.vertx.core.http.HttpServerOptions;
import io.vertx.ext.web.Router;

/**
 * The simulator embedded in a test: its own Vert.x and HTTP server on 127.0.0.1, no Quarkus. Close it when done.
 *
 * <pre>{@code
 * try (JetstreamSimulator sim = JetstreamSimulator.start(0, SimulatorSettings.DEFAULT_ACCESS_KEY)) {
 *     sim.device("Lobby-1").online(false);
 *     // point the client at sim.baseUrl() + "/3" with header AccessKey: sim.accessKey()
 * }
 * }</pre>
 */
public final class JetstreamSimulator extends SimulatorControl implements AutoCloseable {

    private static final String HOST = "127.0.0.1";
    private static final long START_STOP_TIMEOUT_SECONDS = 30;

    private final Vertx vertx;
    private final HttpServer server;

    private JetstreamSimulator(SimulatorState state, Vertx vertx, HttpServer server) {
        super(state);
        this.vertx = vertx;
        this.server = server;
    }

    /** On a free port, with the default access key. */
    public static JetstreamSimulator start() {
        return start(0, SimulatorSettings.defaults());
    }

    /** On {@code port} (0: a free one), accepting only {@code accessKey}. */
    public static JetstreamSimulator start(int port, String accessKey) {
        return start(port, SimulatorSettings.withAccessKey(accessKey));
    }

    public static JetstreamSimulator start(int port, SimulatorSettings settings) {
        SimulatorState state = new SimulatorState(settings);
        Vertx vertx = Vertx.vertx();
        Router router = Router.router(vertx);
        new SimulatorControl(state).installRoutes(router);
        // HTTP/1.1 only, like a client sees the vendor through its load balancer: a dropped connection is one request
        HttpServerOptions options = new HttpServerOptions().setHttp2ClearTextEnabled(false);
        try {
            HttpServer server = await(vertx.createHttpServer(options).requestHandler(router).listen(port, HOST));
            return new JetstreamSimulator(state, vertx, server);
        } catch (RuntimeException e) {
            vertx.close();
            throw e;
        }
    }

    /** {@code http://127.0.0.1:<port>}; the vendor API is under {@code /3}, the control API under {@code /_control}. */
    public String baseUrl() {
        return "http://" + HOST + ":" + port();
    }

    public int port() {
        return server.actualPort();
    }

    @Override
    public void close() {
        try {
            await(server.close());
        } finally {
            await(vertx.close());
        }
    }

    private static <T> T await(Future<T> future) {
        try {
            return future.toCompletionStage().toCompletableFuture().get(START_STOP_TIMEOUT_SECONDS, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("Jetstream simulator: " + e.getMessage(), e);
        }
    }
}
