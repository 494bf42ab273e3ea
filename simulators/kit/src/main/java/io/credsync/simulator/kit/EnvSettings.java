package io.credsync.simulator.kit;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Settings read from environment variables, with the formats MicroProfile Config uses (so the variables the
 * simulators took as Quarkus apps keep their meaning): lists are comma-separated with {@code \,} for a comma inside an
 * item; durations are {@code 50ms}, {@code 2s}, {@code 0.3S}, a number of seconds, or ISO-8601 ({@code PT1M}).
 */
public final class EnvSettings {

    private final Map<String, String> env;

    public EnvSettings(Map<String, String> env) {
        this.env = Map.copyOf(env);
    }

    public static EnvSettings system() {
        return new EnvSettings(System.getenv());
    }

    /** These settings, with {@code defaults} for the variables that are not set (or blank). */
    public EnvSettings withDefaults(Map<String, String> defaults) {
        Map<String, String> merged = new HashMap<>(defaults);
        env.forEach((name, value) -> {
            if (!value.isBlank()) {
                merged.put(name, value);
            }
        });
        return new EnvSettings(merged);
    }

    /** The value, if set and not blank. */
    public Optional<String> optional(String name) {
        return Optional.ofNullable(env.get(name)).map(String::trim).filter(value -> !value.isEmpty());
    }

    public String string(String name, String otherwise) {
        return optional(name).orElse(otherwise);
    }

    public int integer(String name, int otherwise) {
        return optional(name).map(value -> parse(name, value, Integer::parseInt)).orElse(otherwise);
    }

    public double decimal(String name, double otherwise) {
        return optional(name).map(value -> parse(name, value, Double::parseDouble)).orElse(otherwise);
    }

    public boolean bool(String name, boolean otherwise) {
        return optional(name).map(value -> value.equalsIgnoreCase("true")).orElse(otherwise);
    }

    public Duration duration(String name, Duration otherwise) {
        return optional(name).map(value -> parse(name, value, EnvSettings::duration)).orElse(otherwise);
    }

    public List<String> list(String name) {
        return optional(name).map(EnvSettings::split).orElse(List.of());
    }

    static Duration duration(String value) {
        String lower = value.toLowerCase(Locale.ROOT);
        if (lower.endsWith("ms")) {
            return Duration.ofMillis(Long.parseLong(lower.substring(0, lower.length() - 2)));
        }
        if (lower.matches("\\d+(\\.\\d+)?")) {
            return seconds(lower);
        }
        if (lower.matches("\\d+(\\.\\d+)?s")) {
            return seconds(lower.substring(0, lower.length() - 1));
        }
        return Duration.parse(lower.startsWith("p") ? value : "PT" + value);
    }

    private static Duration seconds(String number) {
        return Duration.ofMillis(new BigDecimal(number).movePointRight(3).longValueExact());
    }

    private static List<String> split(String value) {
        List<String> items = new ArrayList<>();
        StringBuilder item = new StringBuilder();
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == '\\' && i + 1 < value.length() && value.charAt(i + 1) == ',') {
                item.append(',');
                i++;
            } else if (c == ',') {
                items.add(item.toString().trim());
                item.setLength(0);
            } else {
                item.append(c);
            }
        }
        items.add(item.toString().trim());
        return items.stream().filter(s -> !s.isEmpty()).toList();
    }

    private static <T> T parse(String name, String value, java.util.function.Function<String, T> parser) {
        try {
            return parser.apply(value);
        } catch (RuntimeException e) {
            throw new IllegalArgumentException(name + ": cannot read '" + value + "'", e);
        }
    }
}
