package io.credsync.simulator.jetstream;

import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;

/**
 * Counts the vendor requests received, per method, path template and device, whatever their outcome (401, 400,
 * faults included): what a test needs to prove a client did not repeat a write.
 */
final class RequestCounter {

    private final Map<Key, LongAdder> counts = new ConcurrentHashMap<>();

    void record(String method, String template, String device) {
        counts.computeIfAbsent(new Key(method, template, device), k -> new LongAdder()).increment();
    }

    long count(String method, String template) {
        return counts.entrySet().stream()
                .filter(e -> e.getKey().method().equalsIgnoreCase(method) && e.getKey().template().equals(template))
                .mapToLong(e -> e.getValue().sum())
                .sum();
    }

    long count(String method, String template, String device) {
        LongAdder count = counts.get(new Key(method.toUpperCase(), template, device));
        return count == null ? 0 : count.sum();
    }

    /** {@code "POST /3/devices/{DeviceName}/credentials/sync" -> count}, sorted. */
    Map<String, Long> totals() {
        Map<String, Long> totals = new TreeMap<>();
        counts.forEach((key, count) -> totals.merge(key.endpoint(), count.sum(), Long::sum));
        return totals;
    }

    /** {@code endpoint -> device -> count}, for the endpoints with a device in their path. */
    Map<String, Map<String, Long>> byDevice() {
        Map<String, Map<String, Long>> byDevice = new TreeMap<>();
        counts.forEach((key, count) -> {
            if (key.device() != null) {
                byDevice.computeIfAbsent(key.endpoint(), k -> new TreeMap<>()).merge(key.device(), count.sum(),
                        Long::sum);
            }
        });
        return byDevice;
    }

    void clear() {
        counts.clear();
    }

    private record Key(String method, String template, String device) {

        String endpoint() {
            return method + " " + template;
        }
    }
}
