package io.credsync.simulator.kit.http;

import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Consumer;

import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.VertxOptions;
import io.vertx.core.http.HttpServer;
import io.vertx.core.http.HttpServerOptions;
import io.vertx.ext.web.Router;

/**
 * A simulator's HTTP server: its routes on a port of its own, on a Vert.x it owns (embedded in a test) or shares
 * (several simulators in one host process). HTTP/1.1 only, like a client sees a vendor through its load balancer:
 * a dropped connection then loses exactly one request.
 */
public final class SimulatorServer implements AutoCloseable {

    public static final String LOOPBACK = "127.0.0.1";
    private static final long START_STOP_TIMEOUT_SECONDS = 30;

    private final Vertx vertx;
    private final boolean ownsVertx;
    private final HttpServer server;
    private final String host;

    private SimulatorServer(Vertx vertx, boolean ownsVertx, HttpServer server, String host) {
        this.vertx = vertx;
        this.ownsVertx = ownsVertx;
        this.server = server;
        this.host = host;
    }

    /** On {@code 127.0.0.1:port} (0: a free one), on a small Vert.x of its own that {@link #close()} stops. */
    public static SimulatorServer start(int port, Consumer<Router> routes) {
        Vertx vertx = Vertx.vertx(new VertxOptions().setEventLoopPoolSize(2).setWorkerPoolSize(2));
        try {
            return start(vertx, true, LOOPBACK, port, routes);
        } catch (RuntimeException e) {
            await(vertx.close());
            throw e;
        }
    }

    /** On a shared Vert.x, which {@link #close()} leaves running. */
    public static SimulatorServer start(Vertx vertx, String host, int port, Consumer<Router> routes) {
        return start(vertx, false, host, port, routes);
    }

    private static SimulatorServer start(Vertx vertx, boolean ownsVertx, String host, int port,
            Consumer<Router> routes) {
        Router router = Router.router(vertx);
        routes.accept(router);
        HttpServerOptions options = new HttpServerOptions().setHttp2ClearTextEnabled(false);
        HttpServer server = await(vertx.createHttpServer(options).requestHandler(router).listen(port, host));
        return new SimulatorServer(vertx, ownsVertx, server, host);
    }

    /** {@code http://<host>:<port>}; a wildcard bind address is reached on the loopback. */
    public String baseUrl() {
        String reachable = host.equals("0.0.0.0") ? LOOPBACK : host;
        return "http://" + reachable + ":" + port();
    }

    public int port() {
        return server.actualPort();
    }

    @Override
    public void close() {
        try {
            await(server.close());
        } finally {
            if (ownsVertx) {
                await(vertx.close());
            }
        }
    }

    private static <T> T await(Future<T> future) {
        try {
            return future.toCompletionStage().toCompletableFuture().get(START_STOP_TIMEOUT_SECONDS, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("simulator server: " + e.getMessage(), e);
        }
    }
}
