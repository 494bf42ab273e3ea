package io.credsync.simulator.basip;

import java.util.ArrayList;
import java.util.List;

import io.credsync.simulator.kit.Answer;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.json.DecodeException;
import io.vertx.core.json.Json;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.RoutingContext;

/**
 * The panel's identifier API by our own id: login, upsert ({@code list_items[]} → {@code result[]} with
 * {@code extended_info} per item), read back by {@code link_id}, delete by {@code link_ids}. Every call but login
 * needs a live bearer token and administrator rights.
 */
final class BasIpApi {

    private final SimulatorState state;

    BasIpApi(SimulatorState state) {
        this.state = state;
    }

    Answer login(RoutingContext ctx, Panel panel) {
        return panel.login(ctx.queryParams().get("username"), state.settings.username(),
                String.valueOf(ctx.queryParams().get("password")), state.clock.instant(), state.settings.tokenTtl())
                .map(token -> Answer.json(200, new JsonObject().put("token", token).put("account_type", "admin")))
                .orElseThrow(() -> new PanelException(401, "invalid_authentication", "Wrong login or password",
                        "password"));
    }

    Answer upsert(RoutingContext ctx, Panel panel) {
        panel.authorize(ctx.request().getHeader("Authorization"), state.clock.instant());
        JsonArray items = listOf(body(ctx), "list_items");
        // the whole body is read before anything is written: a garbled item refuses the request
        List<Object> read = new ArrayList<>();
        for (Object raw : items) {
            try {
                read.add(IdentifierItems.read(raw, panel.settings().wiegandMode()));
            } catch (IdentifierItems.ItemRefused refused) {
                read.add(refused);
            }
        }
        JsonArray result = new JsonArray();
        for (int i = 0; i < read.size(); i++) {
            String linkId = ((JsonObject) items.getValue(i)).getString("link_id");
            String info = read.get(i) instanceof Identifier identifier
                    ? panel.upsert(identifier)
                    : ((IdentifierItems.ItemRefused) read.get(i)).extendedInfo();
            result.add(entry(linkId, info.equals("created") || info.equals("updated"), info));
        }
        return Answer.json(200, new JsonObject().put("result", result));
    }

    Answer read(RoutingContext ctx, Panel panel) {
        panel.authorize(ctx.request().getHeader("Authorization"), state.clock.instant());
        String linkId = ctx.queryParams().get("link_id");
        if (linkId == null || linkId.isBlank()) {
            throw PanelException.wrongBody("link_id");
        }
        return Answer.json(200, new JsonObject().put("list_items", new JsonArray(panel.byLinkId(linkId)
                .map(identifier -> List.of(identifier.toJson())).orElse(List.of()))));
    }

    Answer delete(RoutingContext ctx, Panel panel) {
        panel.authorize(ctx.request().getHeader("Authorization"), state.clock.instant());
        JsonArray ids = listOf(body(ctx), "link_ids");
        JsonArray result = new JsonArray();
        for (Object id : ids) {
            if (!(id instanceof String linkId) || linkId.isBlank()) {
                throw PanelException.wrongBody("link_ids");
            }
        }
        for (Object id : ids) {
            String info = panel.delete((String) id);
            result.add(entry((String) id, info.equals("deleted"), info));
        }
        return Answer.json(200, new JsonObject().put("result", result));
    }

    private static JsonObject entry(String linkId, boolean success, String info) {
        return new JsonObject().put("link_id", linkId).put("success", success).put("extended_info", info);
    }

    private static JsonObject body(RoutingContext ctx) {
        Buffer raw = ctx.body().buffer();
        try {
            if (raw != null && Json.decodeValue(raw) instanceof JsonObject object) {
                return object;
            }
        } catch (DecodeException e) {
            // answered below, as the panel does
        }
        throw new PanelException(400, "bad_request", "Wrong JSON body", null);
    }

    private static JsonArray listOf(JsonObject body, String field) {
        if (!(body.getValue(field) instanceof JsonArray list) || list.isEmpty()) {
            throw PanelException.wrongBody(field);
        }
        return list;
    }
}
