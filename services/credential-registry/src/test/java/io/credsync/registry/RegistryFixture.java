package io.credsync.registry;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;

import static io.restassured.RestAssured.given;

/** REST helpers shared by registry tests: a tenant with connections and targets, and credential bodies. */
public final class RegistryFixture {

    public final String tenant = "t-" + UUID.randomUUID().toString().substring(0, 8);
    public final String token = Tokens.forTenant(tenant);
    public static final String SEAM_SYSTEM = "123e4567-e89b-12d3-a456-426614174000";
    public static final String LEVEL = "ce8e881e-1392-4f53-b7c2-35eeb3ecaf3b";

    public RequestSpecification api() {
        return given().auth().oauth2(token).contentType(ContentType.JSON);
    }

    public RegistryFixture withVendors() {
        connection("jetstream-main", "jetstream");
        connection("seam-main", "seam");
        connection("intserv-main", "intserv");
        target("lobby", "jetstream-main", "Lobby-Reader-1", Map.of());
        target("garage", "jetstream-main", "Garage-Reader-2", Map.of());
        target("hq", "seam-main", SEAM_SYSTEM, Map.of());
        target("office", "intserv-main", "system-1", Map.of());
        return this;
    }

    public void connection(String id, String vendor) {
        api().body(Map.of("vendor", vendor, "base_url", "https://" + vendor + ".example", "secret_ref",
                "credsync-" + vendor + "-key"))
                .put("/v1/connections/" + id).then().statusCode(200);
    }

    public void target(String id, String connection, String address, Map<String, String> settings) {
        api().body(Map.of("connection_id", connection, "address", address, "settings", settings))
                .put("/v1/targets/" + id).then().statusCode(200);
    }

    public static Map<String, Object> card(String holder, String value, List<Map<String, Object>> grants) {
        return Map.of("external_holder_id", holder, "holder", Map.of("full_name", "Ada Lovelace"), "kind", "card",
                "value", value, "grants", grants);
    }

    public static Map<String, Object> pin(String holder, String value, List<Map<String, Object>> grants) {
        return Map.of("external_holder_id", holder, "holder", Map.of("full_name", "Ada Lovelace"), "kind", "pin",
                "value", value, "grants", grants);
    }

    public static Map<String, Object> jetstream(String target) {
        return Map.of("target_id", target, "parameters", Map.of("vendor", "jetstream"));
    }

    public static Map<String, Object> seam(String target) {
        return Map.of("target_id", target, "parameters", Map.of("vendor", "seam", "acs_entrance_ids", List.of()));
    }

    public static Map<String, Object> intserv(String target) {
        return Map.of("target_id", target, "parameters", Map.of("vendor", "intserv", "access_level_ids",
                List.of(LEVEL)));
    }
}
