package io.credsync.simulator.kit;

import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;

/**
 * Counts the vendor requests received, per method, path template and account, whatever their outcome (faults, 401,
 * 400 included): what a test needs to prove that a client did not repeat a write. Thread-safe.
 */
public final class RequestCounter {

    private final Map<Key, LongAdder> counts = new ConcurrentHashMap<>();

    public void record(VendorRequest request) {
        Key key = new Key(request.method().toUpperCase(), request.template(), request.account());
        counts.computeIfAbsent(key, k -> new LongAdder()).increment();
    }

    /** Requests to this template, whatever their method and account. */
    public long count(String template) {
        return sum(key -> key.template().equals(template));
    }

    public long count(String method, String template) {
        return sum(key -> key.method().equalsIgnoreCase(method) && key.template().equals(template));
    }

    public long count(String method, String template, String account) {
        LongAdder count = counts.get(new Key(method.toUpperCase(), template, account));
        return count == null ? 0 : count.sum();
    }

    /** {@code "POST /3/devices/{DeviceName}/credentials/sync" -> count}, sorted. */
    public Map<String, Long> byEndpoint() {
        Map<String, Long> totals = new TreeMap<>();
        counts.forEach((key, count) -> totals.merge(key.endpoint(), count.sum(), Long::sum));
        return totals;
    }

    /** {@code template -> count}, whatever the method, sorted. */
    public Map<String, Long> byTemplate() {
        Map<String, Long> totals = new TreeMap<>();
        counts.forEach((key, count) -> totals.merge(key.template(), count.sum(), Long::sum));
        return totals;
    }

    /** {@code endpoint -> account -> count}, for the requests that name an account. */
    public Map<String, Map<String, Long>> byAccount() {
        Map<String, Map<String, Long>> byAccount = new TreeMap<>();
        counts.forEach((key, count) -> {
            if (key.account() != null) {
                byAccount.computeIfAbsent(key.endpoint(), k -> new TreeMap<>())
                        .merge(key.account(), count.sum(), Long::sum);
            }
        });
        return byAccount;
    }

    public void clear() {
        counts.clear();
    }

    private long sum(java.util.function.Predicate<Key> filter) {
        return counts.entrySet().stream()
                .filter(e -> filter.test(e.getKey()))
                .mapToLong(e -> e.getValue().sum())
                .sum();
    }

    private record Key(String method, String template, String account) {

        String endpoint() {
            return method + " " + template;
        }
    }
}
