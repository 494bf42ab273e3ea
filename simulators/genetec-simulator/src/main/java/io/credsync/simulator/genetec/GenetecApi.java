package io.credsync.simulator.genetec;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

import io.credsync.simulator.kit.Answer;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.json.DecodeException;
import io.vertx.core.json.Json;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.RoutingContext;

/**
 * The Device Service operations. Every API call first checks the bearer token (401 without a valid one), the path's
 * tenant (the token's, else 403) and the "Manage devices" policy (403, except {@code canmanage} which answers it).
 */
final class GenetecApi {

    private final SimulatorState state;

    GenetecApi(SimulatorState state) {
        this.state = state;
    }

    /** {@code POST /token}, a form: the STS. OAuth's error body on refusal. */
    Answer token(RoutingContext ctx) {
        Map<String, String> form = new HashMap<>();
        Buffer raw = ctx.body().buffer();
        for (String pair : (raw == null ? "" : raw.toString(StandardCharsets.UTF_8)).split("&")) {
            int eq = pair.indexOf('=');
            if (eq > 0) {
                form.put(URLDecoder.decode(pair.substring(0, eq), StandardCharsets.UTF_8),
                        URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
            }
        }
        return state.locked(() -> {
            try {
                return Answer.json(200, state.sts.issue(form));
            } catch (StsTokens.Refused refused) {
                return Answer.json(refused.status, new JsonObject().put("error", refused.error)
                        .put("error_description", refused.getMessage()));
            }
        });
    }

    /** {@code canmanage}: {@code true} or {@code false} as the body (the answer's shape is ND). */
    Answer canManage(RoutingContext ctx) {
        authorize(ctx, false);
        return Answer.json(200, state.canManage);
    }

    /** Always a new device: Clearance has no idempotency key and no delete. */
    Answer register(RoutingContext ctx) {
        authorize(ctx, true);
        JsonObject body = body(ctx);
        JsonObject identification = identity(body.getValue("DeviceIdentification"), "DeviceIdentification");
        String type = body.getValue("DeviceType") instanceof String t ? t : "None";
        return state.locked(() -> Answer.json(200,
                state.register(new Device(UUID.randomUUID().toString(), identification, type)).toJson()));
    }

    /** Inferred (not in the excerpt): the devices registered with a serial number + manufacturer. */
    Answer find(RoutingContext ctx) {
        authorize(ctx, true);
        JsonObject id = identity(body(ctx), "body");
        return state.locked(() -> Answer.json(200, new JsonArray(state.devicesOf(id.getString("SerialNumber"),
                id.getString("Manufacturer")).stream().map(Device::toJson).toList())));
    }

    Answer activate(RoutingContext ctx) {
        authorize(ctx, true);
        return state.locked(() -> {
            Device device = device(ctx);
            if (!device.active && state.activeDevices() >= state.activeDeviceLimit) {
                throw new ApiException(409, "ActiveDeviceLimitReached", "The maximum number of active devices ("
                        + state.activeDeviceLimit + ") for this account is reached");
            }
            device.active = true;
            return Answer.json(200, "Device activated");
        });
    }

    Answer deactivate(RoutingContext ctx) {
        authorize(ctx, true);
        return state.locked(() -> {
            device(ctx).active = false;
            return Answer.json(200, "Device deactivated");
        });
    }

    /** 304 when the device already holds this credential, else an open transaction to commit or reject. */
    Answer negotiate(RoutingContext ctx) {
        authorize(ctx, true);
        JsonObject body = body(ctx);
        JsonObject id = identity(body.getValue("DeviceId"), "DeviceId");
        String credential = body.getValue("Credential") instanceof JsonObject c
                && c.getValue("DeviceCredential") instanceof String s && !s.isEmpty() ? s : null;
        if (credential == null) {
            throw ApiException.invalid("InvalidCredential", "Credential.DeviceCredential is required");
        }
        String serial = id.getString("SerialNumber");
        String manufacturer = id.getString("Manufacturer");
        return state.locked(() -> {
            if (state.devicesOf(serial, manufacturer).isEmpty()) {
                throw ApiException.notFound("DeviceNotFound", "no device with this SerialNumber and Manufacturer");
            }
            if (state.current(serial, manufacturer).filter(credential::equals).isPresent()) {
                return Answer.empty(304);
            }
            Transaction open = state.open(new Transaction(UUID.randomUUID().toString().replace("-", "")
                    .substring(0, 12).toUpperCase(), serial, manufacturer, credential, Transaction.Status.OPEN,
                    null, null));
            JsonObject configuration = body.getValue("Configuration") instanceof JsonObject c ? c : new JsonObject();
            return Answer.json(200, new JsonObject().put("TransactionId", open.id())
                    .put("Configuration", configuration));
        });
    }

    Answer commit(RoutingContext ctx) {
        authorize(ctx, true);
        JsonObject body = body(ctx);
        return state.locked(() -> {
            Transaction open = openTransaction(body);
            state.close(open.closed(Transaction.Status.COMMITTED, null, null));
            return Answer.json(200, "Committed");
        });
    }

    Answer reject(RoutingContext ctx) {
        authorize(ctx, true);
        JsonObject body = body(ctx);
        if (!(body.getValue("ReasonCode") instanceof String code) || code.isBlank()
                || !(body.getValue("ReasonMessage") instanceof String message)) {
            throw ApiException.invalid("InvalidReason", "ReasonCode and ReasonMessage are required");
        }
        return state.locked(() -> {
            Transaction open = openTransaction(body);
            state.close(open.closed(Transaction.Status.REJECTED, code, message));
            return Answer.json(200, "Rejected");
        });
    }

    /** Current and pending credentials ({@code []} if none); {@code Status} names which (the shape is ND). */
    Answer credentials(RoutingContext ctx) {
        authorize(ctx, true);
        JsonObject id = identity(body(ctx).getValue("DeviceId"), "DeviceId");
        String serial = id.getString("SerialNumber");
        String manufacturer = id.getString("Manufacturer");
        return state.locked(() -> {
            JsonArray list = new JsonArray();
            state.current(serial, manufacturer).ifPresent(c -> list.add(new JsonObject().put("DeviceCredential", c)
                    .put("Status", state.isFailed(serial, manufacturer, c) ? "Failed" : "Current")));
            state.pending(serial, manufacturer).forEach(t -> list.add(new JsonObject()
                    .put("DeviceCredential", t.credential()).put("Status", "Pending")
                    .put("TransactionId", t.id())));
            return Answer.json(200, list);
        });
    }

    /** A device reports one of its credentials invalid. */
    Answer credentialFailed(RoutingContext ctx) {
        authorize(ctx, true);
        JsonObject body = body(ctx);
        JsonObject id = identity(body.getValue("DeviceId"), "DeviceId");
        if (!(body.getValue("Credentials") instanceof JsonArray credentials)) {
            throw ApiException.invalid("InvalidCredentials", "Credentials must be an array");
        }
        return state.locked(() -> {
            for (Object entry : credentials) {
                if (entry instanceof JsonObject c && c.getValue("DeviceCredential") instanceof String s) {
                    state.markFailed(id.getString("SerialNumber"), id.getString("Manufacturer"), s);
                }
            }
            return Answer.json(200, "Reported");
        });
    }

    private Transaction openTransaction(JsonObject body) {
        JsonObject id = identity(body.getValue("DeviceId"), "DeviceId");
        String txId = body.getValue("TransactionId") instanceof String t ? t : null;
        Transaction transaction = state.transaction(Objects.requireNonNullElse(txId, ""))
                .orElseThrow(() -> ApiException.notFound("TransactionNotFound", "no transaction " + txId));
        if (!transaction.serialNumber().equals(id.getString("SerialNumber"))
                || !transaction.manufacturer().equals(id.getString("Manufacturer"))) {
            throw ApiException.invalid("TransactionDeviceMismatch", "transaction " + txId + " is another device's");
        }
        if (transaction.status() != Transaction.Status.OPEN) {
            throw new ApiException(409, "TransactionClosed", "transaction " + txId + " is already "
                    + transaction.status().name().toLowerCase());
        }
        return transaction;
    }

    private Device device(RoutingContext ctx) {
        return state.device(ctx.pathParam("device"))
                .orElseThrow(() -> ApiException.notFound("DeviceNotFound", "no device " + ctx.pathParam("device")));
    }

    private void authorize(RoutingContext ctx, boolean needsManageDevices) {
        String header = ctx.request().getHeader("Authorization");
        boolean valid = header != null && header.startsWith("Bearer ")
                && state.locked(() -> state.sts.valid(header.substring("Bearer ".length())));
        if (!valid) {
            throw new ApiException(401, "Unauthorized", "a valid bearer token from the Clearance STS is required");
        }
        if (!state.settings.tenantId().equals(ctx.pathParam("tenant"))) {
            throw new ApiException(403, "Forbidden", "the token is not valid for tenant " + ctx.pathParam("tenant"));
        }
        if (needsManageDevices && !state.canManage) {
            throw new ApiException(403, "Forbidden", "the user is not in the security policy 'Manage devices'");
        }
    }

    /** {@code SerialNumber} and {@code Manufacturer} are required: Clearance derives the device id from them. */
    private static JsonObject identity(Object raw, String field) {
        if (!(raw instanceof JsonObject id) || !(id.getValue("SerialNumber") instanceof String serial)
                || serial.isBlank() || !(id.getValue("Manufacturer") instanceof String manufacturer)
                || manufacturer.isBlank()) {
            throw ApiException.invalid("InvalidDeviceId", field + " needs SerialNumber and Manufacturer");
        }
        return id;
    }

    private static JsonObject body(RoutingContext ctx) {
        Buffer raw = ctx.body().buffer();
        try {
            if (raw != null && Json.decodeValue(raw) instanceof JsonObject object) {
                return object;
            }
        } catch (DecodeException e) {
            // answered below
        }
        throw ApiException.invalid("InvalidBody", "the body must be a JSON object");
    }
}
