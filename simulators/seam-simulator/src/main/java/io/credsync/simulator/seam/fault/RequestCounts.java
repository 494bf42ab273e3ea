package io.credsync.simulator.seam.fault;

import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;

/** How many requests each API route received (faulted, refused and failed ones included). Thread-safe. */
public final class RequestCounts {

    private final Map<String, LongAdder> counts = new ConcurrentHashMap<>();

    public void increment(String route) {
        counts.computeIfAbsent(route, r -> new LongAdder()).increment();
    }

    public long count(String route) {
        LongAdder adder = counts.get(route);
        return adder == null ? 0 : adder.sum();
    }

    public Map<String, Long> all() {
        Map<String, Long> all = new TreeMap<>();
        counts.forEach((route, adder) -> all.put(route, adder.sum()));
        return all;
    }

    public void clear() {
        counts.clear();
    }
}
