package io.credsync.simulator.basip;

/**
 * The panel API paths the simulator serves, as templates for request counts and faults (the kit's account is the
 * panel). Each panel is its own API on the LAN ({@code http://<panel-ip>/api/v1/…}); here the panels share one port
 * and are told apart by a path prefix, so a panel's base URL is {@code <simulator>/panels/<panel>}.
 */
public final class BasIpPaths {

    public static final String PANELS = "/panels/";
    /** Inferred from community clients: {@code GET …/login?username=…&password=<MD5 hex>} → {@code {token}}. */
    public static final String LOGIN = "/api/v1/login";
    /** Upsert by our own id ({@code POST}, {@code list_items[]}) and read back ({@code GET ?link_id=}). */
    public static final String LINK_ITEMS = "/api/v1/access/identifier/items/link";
    /** Delete by our own id (android 2.10+: {@code POST {link_ids}}). */
    public static final String LINK_DELETE = "/api/v1/access/identifiers/link/delete";

    private BasIpPaths() {
    }

    /** The Vert.x route of a template under the panel prefix. */
    static String route(String template) {
        return "/panels/:panel" + template;
    }

    /** A panel's base URL on a simulator at {@code baseUrl}. */
    public static String panelUrl(String baseUrl, String panel) {
        return baseUrl.replaceAll("/+$", "") + PANELS + panel;
    }
}
