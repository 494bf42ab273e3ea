package io.credsync.simulator.genetec;

import java.util.function.Function;

import io.credsync.simulator.kit.Answer;
import io.credsync.simulator.kit.http.CodedErrorAnswers;
import io.credsync.simulator.kit.http.VendorEndpoint;
import io.vertx.core.http.HttpMethod;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.handler.BodyHandler;

/** Installs the STS and the Device Service: the kit counts each request and applies faults, then the operation. */
final class GenetecRoutes {

    private static final CodedErrorAnswers ERRORS = new CodedErrorAnswers();

    private GenetecRoutes() {
    }

    static void install(Router router, SimulatorState state) {
        GenetecApi api = new GenetecApi(state);
        router.route("/api/*").handler(BodyHandler.create(false));
        router.route(GenetecPaths.TOKEN).handler(BodyHandler.create(false));
        add(router, state, HttpMethod.POST, GenetecPaths.TOKEN, api::token);
        add(router, state, HttpMethod.GET, GenetecPaths.CAN_MANAGE, api::canManage);
        add(router, state, HttpMethod.POST, GenetecPaths.FIND, api::find);
        add(router, state, HttpMethod.POST, GenetecPaths.REGISTER, api::register);
        add(router, state, HttpMethod.POST, GenetecPaths.ACTIVATE, api::activate);
        add(router, state, HttpMethod.POST, GenetecPaths.DEACTIVATE, api::deactivate);
        add(router, state, HttpMethod.POST, GenetecPaths.NEGOTIATE, api::negotiate);
        add(router, state, HttpMethod.POST, GenetecPaths.COMMIT, api::commit);
        add(router, state, HttpMethod.POST, GenetecPaths.REJECT, api::reject);
        add(router, state, HttpMethod.POST, GenetecPaths.CREDENTIAL_FAILED, api::credentialFailed);
        add(router, state, HttpMethod.POST, GenetecPaths.CREDENTIALS, api::credentials);
    }

    private static void add(Router router, SimulatorState state, HttpMethod method, String path,
            Function<RoutingContext, Answer> operation) {
        router.route(method, path).handler(new VendorEndpoint(state.mechanism, ERRORS, path, null, ctx -> {
            try {
                return operation.apply(ctx);
            } catch (ApiException e) {
                return e.answer();
            }
        }));
    }
}
