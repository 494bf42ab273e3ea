package io.credsync.simulator.genetec;

import io.credsync.simulator.kit.http.CodedErrorAnswers;

/**
 * A refused request. Clearance's error body is not documented (ND); the simulator answers
 * {@code {"error":"<code>","message":"<text>"}} and never quotes a secret, a key or a token.
 */
final class ApiException extends CodedErrorAnswers.Refusal {

    ApiException(int status, String code, String message) {
        super(status, code, message);
    }

    static ApiException invalid(String code, String message) {
        return new ApiException(400, code, message);
    }

    static ApiException notFound(String code, String message) {
        return new ApiException(404, code, message);
    }
}
