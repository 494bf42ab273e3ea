package io.credsync.simulator.genetec;

/**
 * One negotiation: the credential it proposes for a device identity, open until committed (then the device's current
 * credential) or rejected with a reason.
 */
public record Transaction(String id, String serialNumber, String manufacturer, String credential, Status status,
        String reasonCode, String reasonMessage) {

    public enum Status {
        OPEN, COMMITTED, REJECTED
    }

    Transaction closed(Status to, String code, String message) {
        return new Transaction(id, serialNumber, manufacturer, credential, to, code, message);
    }
}
