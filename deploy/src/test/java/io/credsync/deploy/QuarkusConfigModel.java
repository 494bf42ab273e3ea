package io.credsync.deploy;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URL;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Every {@code quarkus.*} property the Quarkus extensions on the class path declare, by extension: each extension jar
 * ships its configuration model ({@code META-INF/quarkus-config-doc/quarkus-config-model.json}, the source of the
 * Quarkus configuration reference). Named-map entries ({@code quarkus.datasource."name".…}) are left out: credsync
 * uses the default datasource only.
 */
final class QuarkusConfigModel {

    private static final String MODEL = "META-INF/quarkus-config-doc/quarkus-config-model.json";
    private static final QuarkusConfigModel ON_CLASS_PATH = load();

    private final Map<String, Set<String>> propertiesByExtension;

    private QuarkusConfigModel(Map<String, Set<String>> propertiesByExtension) {
        this.propertiesByExtension = propertiesByExtension;
    }

    static QuarkusConfigModel onClassPath() {
        return ON_CLASS_PATH;
    }

    /** The properties of these extensions (artifactIds); an artifact without a model adds none. */
    Set<String> propertiesOf(Set<String> extensions) {
        Set<String> properties = new HashSet<>();
        extensions.forEach(extension -> properties.addAll(propertiesByExtension.getOrDefault(extension, Set.of())));
        return properties;
    }

    int extensions() {
        return propertiesByExtension.size();
    }

    private static QuarkusConfigModel load() {
        ObjectMapper json = new ObjectMapper();
        Map<String, Set<String>> byExtension = new HashMap<>();
        try {
            for (URL url : Collections.list(QuarkusConfigModel.class.getClassLoader().getResources(MODEL))) {
                try (InputStream in = url.openStream()) {
                    for (JsonNode root : json.readTree(in).path("configRoots")) {
                        String extension = root.path("extension").path("artifactId").asText();
                        collect(root, byExtension.computeIfAbsent(extension, key -> new HashSet<>()));
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new QuarkusConfigModel(byExtension);
    }

    private static void collect(JsonNode node, Set<String> properties) {
        String property = node.path("path").path("property").asText("");
        if (!property.isEmpty() && !property.contains("\"")) {
            properties.add(property);
        }
        node.forEach(child -> collect(child, properties));
    }
}
