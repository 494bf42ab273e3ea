package io.credsync.dispatcher.spi;

import java.util.List;

/** The adapter's answer for every pending slot of a target, and how many vendor calls it took. */
public record TargetResult(List<SlotResult> slots, int vendorCalls) {
}
