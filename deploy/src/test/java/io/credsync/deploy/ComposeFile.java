package io.credsync.deploy;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * {@code docker-compose.yml} as Compose sees it once YAML anchors and merge keys ({@code <<}) are resolved, which
 * SnakeYAML does. Values keep Compose's {@code $$} escapes (Compose turns them into {@code $}).
 */
record ComposeFile(Map<String, Object> document) {

    static final String PATH = "docker-compose.yml";

    /** A published port: {@code host_ip:published:target}. */
    record PortMapping(String hostIp, int published, int target) {

        private static final Pattern SHORT = Pattern.compile("(?:([0-9.]+):)?(\\d+):(\\d+)(?:/tcp)?");

        static PortMapping parse(String mapping) {
            Matcher matcher = SHORT.matcher(mapping);
            if (!matcher.matches()) {
                throw new IllegalArgumentException("not a host_ip:published:target port: " + mapping);
            }
            return new PortMapping(matcher.group(1) == null ? "0.0.0.0" : matcher.group(1),
                    Integer.parseInt(matcher.group(2)), Integer.parseInt(matcher.group(3)));
        }
    }

    static ComposeFile load() {
        return parse(Repository.read(PATH));
    }

    static ComposeFile parse(String yaml) {
        return new ComposeFile(new Yaml(new SafeConstructor(new LoaderOptions())).load(yaml));
    }

    Map<String, Map<String, Object>> services() {
        return map(document.get("services"));
    }

    Map<String, Object> service(String name) {
        Map<String, Object> service = services().get(name);
        if (service == null) {
            throw new IllegalArgumentException("no service " + name + " in " + PATH);
        }
        return service;
    }

    /** The environment (map or list form), every value as a string. */
    Map<String, String> environment(String service) {
        Object environment = service(service).get("environment");
        Map<String, String> values = new LinkedHashMap<>();
        if (environment instanceof Map<?, ?> entries) {
            entries.forEach((key, value) -> values.put(key.toString(), value == null ? "" : value.toString()));
        } else if (environment instanceof List<?> entries) {
            for (Object entry : entries) {
                String[] pair = entry.toString().split("=", 2);
                values.put(pair[0], pair.length > 1 ? pair[1] : "");
            }
        }
        return values;
    }

    List<PortMapping> ports(String service) {
        List<PortMapping> ports = new ArrayList<>();
        for (Object port : list(service(service).get("ports"))) {
            ports.add(PortMapping.parse(port.toString()));
        }
        return ports;
    }

    /** The module whose Dockerfile builds the service's image ({@code build.context}), if compose builds it. */
    Optional<String> module(String service) {
        return Optional.ofNullable(service(service).get("build")).map(build -> map(build).get("context"))
                .map(Object::toString);
    }

    /** {@code depends_on} in its long form, target → condition; a short-form list has no conditions (null). */
    Map<String, String> dependsOn(String service) {
        Object dependsOn = service(service).get("depends_on");
        Map<String, String> conditions = new LinkedHashMap<>();
        if (dependsOn instanceof Map<?, ?> entries) {
            entries.forEach((target, spec) -> conditions.put(target.toString(),
                    spec instanceof Map<?, ?> long_ ? String.valueOf(long_.get("condition")) : null));
        } else if (dependsOn instanceof List<?> targets) {
            targets.forEach(target -> conditions.put(target.toString(), null));
        }
        return conditions;
    }

    /** The health check's test as one string (CMD array joined by spaces), if the service has one. */
    Optional<List<String>> healthCheck(String service) {
        Object healthcheck = service(service).get("healthcheck");
        if (!(healthcheck instanceof Map<?, ?> spec) || Boolean.TRUE.equals(spec.get("disable"))) {
            return Optional.empty();
        }
        Object test = spec.get("test");
        if (test instanceof List<?> words) {
            return Optional.of(words.stream().map(Object::toString).toList());
        }
        return test == null ? Optional.empty() : Optional.of(List.of("CMD-SHELL", test.toString()));
    }

    @SuppressWarnings("unchecked")
    static <T> Map<String, T> map(Object value) {
        return value instanceof Map<?, ?> map ? (Map<String, T>) map : Map.of();
    }

    static List<?> list(Object value) {
        return value instanceof List<?> list ? list : List.of();
    }
}
