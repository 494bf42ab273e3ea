package io.credsync.simulator.seam;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import io.credsync.simulator.seam.openapi.OpenApiSubset;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;

import static org.assertj.core.api.Assertions.assertThat;

class OpenApiSubsetTest {

    private final OpenApiSubset api = OpenApiSubset.load();

    @Test
    void shouldContainEveryPathTheSimulatorServes() {
        assertThat(api.paths()).contains("/acs/users/create", "/acs/users/get", "/acs/users/list",
                "/acs/users/update", "/acs/users/delete", "/acs/users/suspend", "/acs/users/unsuspend",
                "/acs/users/add_to_access_group", "/acs/users/remove_from_access_group",
                "/acs/credentials/create", "/acs/credentials/get", "/acs/credentials/list",
                "/acs/credentials/update", "/acs/credentials/delete", "/acs/credentials/assign",
                "/acs/credentials/unassign", "/acs/systems/get", "/acs/systems/list", "/acs/entrances/get",
                "/acs/entrances/list", "/acs/access_groups/get", "/acs/access_groups/list", "/events/get",
                "/events/list");
    }

    @Test
    void shouldNameThePackageItCameFrom() {
        JsonObject source = api.document().getJsonObject("info").getJsonObject("x-credsync-source");
        assertThat(source.getString("package")).isEqualTo("@seamapi/types");
        assertThat(api.packageVersion()).matches("\\d+\\.\\d+\\.\\d+");
    }

    @Test
    void shouldKeepTheCreateRequestSchemaComplete() {
        JsonObject schema = api.requestSchema("/acs/credentials/create", "post").orElseThrow();
        JsonObject properties = schema.getJsonObject("properties");
        assertThat(schema.getJsonArray("required")).containsExactly("access_method");
        assertThat(properties.getJsonObject("access_method").getJsonArray("enum"))
                .containsExactly("code", "card", "mobile_key");
        assertThat(properties.getJsonObject("acs_user_id").getString("format")).isEqualTo("uuid");
        assertThat(properties.getJsonObject("code").getString("pattern")).isEqualTo("^\\d+$");
        assertThat(properties.getJsonObject("ends_at").getString("format")).isEqualTo("date-time");
    }

    @Test
    void shouldOfferUpdateAsPatchAndPostWithOnlyCodeAndEndsAt() {
        JsonObject patch = api.requestSchema("/acs/credentials/update", "patch").orElseThrow();
        assertThat(patch.getJsonObject("properties").fieldNames())
                .containsExactlyInAnyOrder("acs_credential_id", "code", "ends_at");
        assertThat(api.requestSchema("/acs/credentials/update", "post")).contains(patch);
    }

    @Test
    void shouldResolveEveryReference() {
        List<String> refs = new ArrayList<>();
        collectRefs(api.document(), refs);
        assertThat(refs).isNotEmpty().allSatisfy(ref -> assertThat(
                api.componentSchema(ref.replace("#/components/schemas/", ""))).isPresent());
    }

    private static void collectRefs(Object node, List<String> refs) {
        if (node instanceof JsonObject object) {
            object.forEach(entry -> {
                if (entry.getKey().equals("$ref")) {
                    refs.add((String) entry.getValue());
                } else {
                    collectRefs(entry.getValue(), refs);
                }
            });
        } else if (node instanceof JsonArray array) {
            array.forEach(item -> collectRefs(item, refs));
        }
    }
}
