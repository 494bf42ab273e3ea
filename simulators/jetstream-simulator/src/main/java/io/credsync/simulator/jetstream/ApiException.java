package io.credsync.simulator.jetstream;

/** A vendor error answer: status plus the message that goes into the {@code {"Message":…}} body. */
final class ApiException extends RuntimeException {

    private final int status;

    ApiException(int status, String message) {
        super(message, null, false, false);
        this.status = status;
    }

    ApiResponse response() {
        return ApiResponse.error(status, getMessage());
    }
}
