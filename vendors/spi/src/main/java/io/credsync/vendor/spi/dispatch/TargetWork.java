package io.credsync.vendor.spi.dispatch;

import java.util.List;

import io.credsync.model.command.TargetAddress;

/** One target's work: every known slot, and which of them wait for the vendor. */
public record TargetWork(String tenant, String targetId, TargetAddress address, List<Slot> all, int attempt) {

    public List<Slot> pending() {
        return all.stream().filter(Slot::isPending).toList();
    }
}
