package io.credsync.vendor.genetec.api;

import io.credsync.model.crypto.SecretValue;

/** One credential Clearance holds for a device: its value (never logged), and whether it is current or pending. */
public record HeldCredential(SecretValue value, String status, String transactionId) {

    public boolean isCurrent() {
        return "Current".equalsIgnoreCase(status);
    }

    public boolean isPending() {
        return "Pending".equalsIgnoreCase(status);
    }

    /** The device reported it invalid ({@code credential/failed}). */
    public boolean isFailed() {
        return "Failed".equalsIgnoreCase(status);
    }
}
