package io.credsync.simulator.jetstream;

import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

/** One device's commands waiting for it to come online, oldest first. Guarded by the simulator's lock. */
final class CommandQueue {

    private final Deque<SyncCommand> waiting = new ArrayDeque<>();

    void add(SyncCommand command) {
        waiting.addLast(command);
    }

    /** Removes and returns, oldest first, the commands whose 24 h have passed at {@code now}. */
    List<SyncCommand> takeExpired(Instant now) {
        List<SyncCommand> expired = new ArrayList<>();
        while (!waiting.isEmpty() && waiting.peekFirst().expiredAt(now)) {
            expired.add(waiting.removeFirst());
        }
        return expired;
    }

    /** Removes and returns every waiting command, oldest first: the device is back and receives them in order. */
    List<SyncCommand> takeAll() {
        List<SyncCommand> all = new ArrayList<>(waiting);
        waiting.clear();
        return all;
    }

    List<String> ids() {
        return waiting.stream().map(SyncCommand::id).toList();
    }
}
