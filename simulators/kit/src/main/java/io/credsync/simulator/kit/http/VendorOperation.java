package io.credsync.simulator.kit.http;

import io.credsync.simulator.kit.Answer;
import io.vertx.ext.web.RoutingContext;

/** What a vendor endpoint does once faults have had their say: authentication, validation, state, the answer. */
@FunctionalInterface
public interface VendorOperation {

    Answer apply(RoutingContext ctx);
}
