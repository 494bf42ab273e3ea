package io.credsync.simulator.seam;

import java.io.IOException;
import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import io.vertx.core.json.JsonObject;

import static org.assertj.core.api.Assertions.assertThat;

class RoutingTest {

    private static SeamSimulator seam;
    private static SeamHttp http;

    @BeforeAll
    static void start() {
        seam = SeamSimulator.start(0, "seam_test_routing_key");
        http = new SeamHttp(seam);
    }

    @AfterAll
    static void stop() {
        seam.close();
    }

    @Test
    void shouldServeTheOtherJsonBodyMethodsTheOpenApiLists() throws IOException {
        // Given
        AcsSystemFixture hq = seam.addAcsSystem("HQ", List.of(), List.of("Staff"));
        String userId = http.createUser(hq.acsSystemId(), "Jane Doe");
        // When
        SeamHttp.Reply reply = http.send("PUT", "/acs/users/add_to_access_group", new JsonObject()
                .put("acs_user_id", userId).put("acs_access_group_id", hq.accessGroupId("Staff")).encode(),
                http.authorized(), Duration.ofSeconds(5));
        // Then
        assertThat(reply.status()).isEqualTo(200);
        assertThat(seam.users().get(0).accessGroupIds()).containsExactly(hq.accessGroupId("Staff"));
    }

    @Test
    void shouldNotServeTheQueryParameterVariants() throws IOException {
        // When
        SeamHttp.Reply reply = http.send("GET", "/acs/credentials/list", null, http.authorized(),
                Duration.ofSeconds(5));
        // Then
        assertThat(reply.status()).isEqualTo(405);
    }
}
