package io.credsync.simulator.seam.openapi;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

import io.vertx.core.json.JsonObject;

/**
 * The trimmed copy of Seam's OpenAPI document shipped in {@value #RESOURCE} (from the npm package
 * {@code @seamapi/types}, see {@link #packageVersion()}): the routes the simulator serves and the schemas they
 * reference. Request bodies are validated against it.
 */
public final class OpenApiSubset {

    public static final String RESOURCE = "/seam/openapi-subset.json";

    private final JsonObject document;

    private OpenApiSubset(JsonObject document) {
        this.document = document;
    }

    public static OpenApiSubset load() {
        try (InputStream in = OpenApiSubset.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is missing from the classpath");
            }
            return new OpenApiSubset(new JsonObject(new String(in.readAllBytes(), StandardCharsets.UTF_8)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public JsonObject document() {
        return document;
    }

    /** Version of {@code @seamapi/types} the subset was extracted from. */
    public String packageVersion() {
        return document.getJsonObject("info").getJsonObject("x-credsync-source").getString("version");
    }

    public Set<String> paths() {
        return new TreeSet<>(document.getJsonObject("paths").fieldNames());
    }

    public Optional<JsonObject> operation(String path, String method) {
        JsonObject item = document.getJsonObject("paths").getJsonObject(path);
        return Optional.ofNullable(item).map(i -> i.getJsonObject(method.toLowerCase(Locale.ROOT)));
    }

    public Optional<JsonObject> requestSchema(String path, String method) {
        return operation(path, method)
                .map(op -> op.getJsonObject("requestBody"))
                .map(body -> body.getJsonObject("content"))
                .map(content -> content.getJsonObject("application/json"))
                .map(json -> json.getJsonObject("schema"));
    }

    public Optional<JsonObject> componentSchema(String name) {
        return Optional.ofNullable(document.getJsonObject("components").getJsonObject("schemas").getJsonObject(name));
    }
}
