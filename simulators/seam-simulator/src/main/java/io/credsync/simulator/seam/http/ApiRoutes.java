package io.credsync.simulator.seam.http;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import io.credsync.simulator.seam.SeamSimulation;
import io.credsync.simulator.seam.api.AcsCredentialOperations;
import io.credsync.simulator.seam.api.AcsDirectoryOperations;
import io.credsync.simulator.seam.api.AcsUserOperations;
import io.credsync.simulator.seam.api.EventOperations;
import io.credsync.simulator.seam.openapi.OpenApiSubset;
import io.vertx.core.http.HttpMethod;

/** The Seam routes the simulator serves, with the methods the OpenAPI subset lists for each (POST, PATCH, PUT). */
final class ApiRoutes {

    private ApiRoutes() {
    }

    static List<ApiRoute> of(SeamSimulation sim) {
        var users = new AcsUserOperations(sim.workspace().users(), sim.clock());
        var credentials = new AcsCredentialOperations(sim.workspace().credentials(), sim.clock());
        var directory = new AcsDirectoryOperations(sim.workspace());
        var events = new EventOperations(sim.eventLog());
        Routes routes = new Routes(sim.openApi());
        routes.write("/acs/users/create", (body, url) -> users.create(body));
        routes.read("/acs/users/get", (body, url) -> users.get(body));
        routes.read("/acs/users/list", users::list);
        routes.write("/acs/users/update", (body, url) -> users.update(body));
        routes.write("/acs/users/delete", (body, url) -> users.delete(body));
        routes.write("/acs/users/suspend", (body, url) -> users.suspend(body));
        routes.write("/acs/users/unsuspend", (body, url) -> users.unsuspend(body));
        routes.write("/acs/users/add_to_access_group", (body, url) -> users.addToAccessGroup(body));
        routes.write("/acs/users/remove_from_access_group", (body, url) -> users.removeFromAccessGroup(body));
        routes.write("/acs/credentials/create", (body, url) -> credentials.create(body));
        routes.read("/acs/credentials/get", (body, url) -> credentials.get(body));
        routes.read("/acs/credentials/list", credentials::list);
        routes.write("/acs/credentials/update", (body, url) -> credentials.update(body));
        routes.write("/acs/credentials/delete", (body, url) -> credentials.delete(body));
        routes.write("/acs/credentials/assign", (body, url) -> credentials.assign(body));
        routes.write("/acs/credentials/unassign", (body, url) -> credentials.unassign(body));
        routes.read("/acs/systems/get", (body, url) -> directory.getSystem(body));
        routes.read("/acs/systems/list", (body, url) -> directory.listSystems(body));
        routes.read("/acs/entrances/get", (body, url) -> directory.getEntrance(body));
        routes.read("/acs/entrances/list", directory::listEntrances);
        routes.read("/acs/access_groups/get", (body, url) -> directory.getAccessGroup(body));
        routes.read("/acs/access_groups/list", (body, url) -> directory.listAccessGroups(body));
        routes.read("/events/get", (body, url) -> events.get(body));
        routes.read("/events/list", (body, url) -> events.list(body));
        return routes.all;
    }

    private static final class Routes {

        private final OpenApiSubset api;
        private final List<ApiRoute> all = new ArrayList<>();

        Routes(OpenApiSubset api) {
            this.api = api;
        }

        void read(String path, ApiOperation operation) {
            all.add(new ApiRoute(path, bodyMethods(path), false, operation));
        }

        void write(String path, ApiOperation operation) {
            all.add(new ApiRoute(path, bodyMethods(path), true, operation));
        }

        private Set<HttpMethod> bodyMethods(String path) {
            Set<HttpMethod> methods = new LinkedHashSet<>();
            for (HttpMethod method : List.of(HttpMethod.POST, HttpMethod.PATCH, HttpMethod.PUT)) {
                if (api.requestSchema(path, method.name().toLowerCase(Locale.ROOT)).isPresent()) {
                    methods.add(method);
                }
            }
            if (methods.isEmpty()) {
                throw new IllegalStateException(path + " has no JSON-body operation in " + OpenApiSubset.RESOURCE);
            }
            return methods;
        }
    }
}
