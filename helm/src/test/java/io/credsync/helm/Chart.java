package io.credsync.helm;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Stream;

import com.marcnuri.helm.Helm;
import com.marcnuri.helm.LintResult;

import io.fabric8.kubernetes.client.utils.KubernetesSerialization;

/** The chart under test, rendered and linted by Helm itself (helm-java: Helm as a native library). */
final class Chart {

    static final Path DIRECTORY = Path.of("credsync");
    static final Path VALUE_SETS = Path.of("src", "test", "resources", "values");
    static final String RELEASE = "acme";
    static final String NAMESPACE = "access";

    private static final KubernetesSerialization YAML = new KubernetesSerialization();

    private Chart() {
    }

    /** {@code helm template acme credsync -n access -f <each value set>} (a file of src/test/resources/values). */
    static Manifests render(String... valueSets) {
        var template = new Helm(DIRECTORY).template().withName(RELEASE).withNamespace(NAMESPACE);
        for (String valueSet : valueSets) {
            template = template.withValuesFile(VALUE_SETS.resolve(valueSet));
        }
        String rendered = template.call();
        return new Manifests(StrictManifests.parse(rendered), rendered);
    }

    /**
     * {@code helm lint --strict} with a value set. helm-java's lint takes no values file, so the chart is copied and
     * the value set merged into the copy's values.yaml, as Helm merges a {@code -f} file.
     */
    static LintResult lint(String valueSet) {
        Path copy = copyOfChart();
        if (valueSet != null) {
            Map<String, Object> values = readYaml(DIRECTORY.resolve("values.yaml"));
            Map<String, Object> merged = merge(values, readYaml(VALUE_SETS.resolve(valueSet)));
            write(copy.resolve("values.yaml"), YAML.asYaml(merged));
        }
        return new Helm(copy).lint().strict().call();
    }

    static Map<String, Object> readYaml(Path file) {
        try {
            Map<String, Object> map = YAML.unmarshal(Files.readString(file), Map.class);
            return map == null ? new LinkedHashMap<>() : map;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> merge(Map<String, Object> base, Map<String, Object> overlay) {
        Map<String, Object> merged = new LinkedHashMap<>(base);
        overlay.forEach((key, value) -> {
            if (value instanceof Map<?, ?> map && merged.get(key) instanceof Map<?, ?> baseMap) {
                merged.put(key, merge((Map<String, Object>) baseMap, (Map<String, Object>) map));
            } else {
                merged.put(key, value);
            }
        });
        return merged;
    }

    private static Path copyOfChart() {
        try {
            Path target = Files.createTempDirectory("credsync-chart").resolve("credsync");
            try (Stream<Path> files = Files.walk(DIRECTORY)) {
                for (Path source : files.toList()) {
                    Path destination = target.resolve(DIRECTORY.relativize(source).toString());
                    if (Files.isDirectory(source)) {
                        Files.createDirectories(destination);
                    } else {
                        Files.copy(source, destination);
                    }
                }
            }
            return target;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void write(Path file, String content) {
        try {
            Files.writeString(file, content);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
