package io.credsync.helm;

import java.io.IOException;
import java.nio.file.Files;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Every key of values.yaml is documented in the chart README's table, and the table documents nothing else. */
class ValuesReadmeTest {

    private static final Pattern TABLE_ROW = Pattern.compile("(?m)^\\| `([^`]+)` \\|");

    @Test
    void shouldDocumentEveryValueAndNothingElse() throws IOException {
        // Given
        Set<String> values = new LinkedHashSet<>();
        collectKeys(Chart.readYaml(Chart.DIRECTORY.resolve("values.yaml")), "", values);
        String readme = Files.readString(Chart.DIRECTORY.resolve("README.md"));
        String table = readme.substring(readme.indexOf("\n## Values"));

        // When
        Set<String> documented = new LinkedHashSet<>();
        Matcher row = TABLE_ROW.matcher(table);
        while (row.find()) {
            documented.add(row.group(1));
        }

        // Then
        assertThat(values).hasSizeGreaterThan(100);
        assertThat(documented).as("README rows").containsExactlyInAnyOrderElementsOf(values);
    }

    /** A leaf is a scalar, a list or an empty map (a map the user fills, e.g. annotations). */
    @SuppressWarnings("unchecked")
    private static void collectKeys(Map<String, Object> map, String prefix, Set<String> keys) {
        map.forEach((key, value) -> {
            String path = prefix + key;
            if (value instanceof Map<?, ?> child && !child.isEmpty()) {
                collectKeys((Map<String, Object>) child, path + ".", keys);
            } else {
                keys.add(path);
            }
        });
    }
}
