package io.credsync.simulator.seam.api;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;

/** Seam's cursor pagination ({@code limit}, {@code page_cursor} → {@code pagination}) over an in-memory list. */
final class Pages {

    private static final String PREFIX = "offset:";

    private Pages() {
    }

    static JsonObject page(String key, List<JsonObject> items, JsonObject body, int defaultLimit, String pageUrl) {
        int limit = body.getValue("limit") instanceof Number n ? Math.max(1, n.intValue()) : defaultLimit;
        int offset = offset(Bodies.string(body, "page_cursor"));
        int end = (int) Math.min(items.size(), (long) offset + limit);
        JsonArray page = new JsonArray();
        for (int i = Math.min(offset, items.size()); i < end; i++) {
            page.add(items.get(i));
        }
        boolean hasNext = end < items.size();
        String cursor = hasNext ? cursor(end) : null;
        JsonObject pagination = new JsonObject()
                .put("has_next_page", hasNext)
                .put("next_page_cursor", cursor)
                .put("next_page_url", hasNext
                        ? pageUrl + "?page_cursor=" + URLEncoder.encode(cursor, StandardCharsets.UTF_8)
                        : null);
        return new JsonObject().put(key, page).put("pagination", pagination);
    }

    private static String cursor(int offset) {
        return Base64.getUrlEncoder().withoutPadding()
                .encodeToString((PREFIX + offset).getBytes(StandardCharsets.UTF_8));
    }

    private static int offset(String cursor) {
        if (cursor == null) {
            return 0;
        }
        try {
            String decoded = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
            if (decoded.startsWith(PREFIX)) {
                return Math.max(0, Integer.parseInt(decoded.substring(PREFIX.length())));
            }
        } catch (IllegalArgumentException e) {
            // falls through to the error below
        }
        throw SeamApiException.invalidInput("page_cursor", "Invalid page_cursor");
    }
}
