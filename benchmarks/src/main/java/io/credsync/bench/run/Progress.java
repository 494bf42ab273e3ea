package io.credsync.bench.run;

import java.util.function.LongSupplier;

/** A one-line progress bar on stderr: sent and synced out of the total, redrawn twice a second. */
public final class Progress implements AutoCloseable {

    private final String label;
    private final int total;
    private final LongSupplier sent;
    private final LongSupplier done;
    private final Thread thread;
    private volatile boolean running = true;

    public Progress(String label, int total, LongSupplier sent, LongSupplier done) {
        this.label = label;
        this.total = total;
        this.sent = sent;
        this.done = done;
        this.thread = new Thread(this::draw, "bench-progress");
        thread.setDaemon(true);
        thread.start();
    }

    private void draw() {
        while (running) {
            System.err.print("\r" + line());
            try {
                Thread.sleep(500);
            } catch (InterruptedException e) {
                return;
            }
        }
    }

    String line() {
        long synced = done.getAsLong();
        int width = 30;
        int filled = (int) (width * synced / Math.max(1, total));
        return String.format("%-14s [%s%s] sent %,d  synced %,d / %,d", label, "#".repeat(filled), " ".repeat(width
                - filled), sent.getAsLong(), synced, total);
    }

    @Override
    public void close() {
        running = false;
        thread.interrupt();
        System.err.println("\r" + line());
    }
}
