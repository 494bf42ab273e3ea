package io.credsync.registry;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.credsync.testsupport.WithCredsyncInfra;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

@QuarkusTest
@WithCredsyncInfra(databasePrefix = "registry")
class OpenApiDocumentTest {

    private static final List<String> METHODS = List.of("get", "put", "post", "delete");

    private static JsonPath document() {
        return given().accept("application/json").get("/q/openapi?format=json").then().statusCode(200).extract()
                .jsonPath();
    }

    @Test
    void shouldSummariseEveryOperation() {
        forEachOperation((where, operation) -> assertThat(operation.get("summary")).as(where).isNotNull());
    }

    @Test
    void shouldDescribeEveryErrorStatusAsAProblem() {
        forEachOperation((where, operation) -> {
            Map<String, Map<String, Object>> responses = cast(operation.get("responses"));
            var statuses = where.startsWith("get")
                    ? List.of("400", "404", "414", "500")
                    : List.of("400", "404", "409", "412", "413", "414", "415", "422", "500");
            for (String status : statuses) {
                assertThat(responses).as(where).containsKey(status);
                assertThat(responses.get(status).toString()).as(where + " " + status)
                        .contains("application/problem+json", "#/components/schemas/Problem");
            }
            if (where.contains("/v1/")) {
                assertThat(responses).as(where).containsKeys("401", "403");
            }
        });
        assertThat(document().getMap("components.schemas.Problem.properties")).containsKeys("type", "title",
                "status", "detail", "violations");
    }

    @Test
    void shouldStateTheIdLimitsOnPathParameters() {
        List<Map<String, Object>> parameters = document().getList("paths.'/v1/credentials/{externalId}'.get"
                + ".parameters");
        assertThat(parameters).anySatisfy(p -> assertThat(p.toString()).contains("maxLength=200"));
    }

    @Test
    void shouldStateTheFieldLimitsOnRequestBodies() {
        var body = document().getMap("components.schemas.CredentialBody.properties").toString();
        assertThat(body).contains("maxLength=200", "maxItems=1000", "maxLength=16384");
        assertThat(document().getMap("components.schemas.HolderDetails.properties").toString())
                .contains("maxLength=200", "maxLength=254");
    }

    @Test
    void shouldStateTheLimitAndStateOfTheSyncStatusListing() {
        String listing = document().getMap("paths.'/v1/sync-status'.get").toString();
        assertThat(listing).contains("maximum=1000", "queued_on_device");
    }

    private void forEachOperation(java.util.function.BiConsumer<String, Map<String, Object>> check) {
        Map<String, Map<String, Object>> paths = document().getMap("paths");
        paths.forEach((path, item) -> {
            if (path.startsWith("/v1/") || path.startsWith("/dev/")) {
                METHODS.forEach(method -> {
                    if (item.get(method) != null) {
                        check.accept(method + " " + path, cast(item.get(method)));
                    }
                });
            }
        });
    }

    @SuppressWarnings("unchecked")
    private static <T> T cast(Object value) {
        return (T) value;
    }
}
