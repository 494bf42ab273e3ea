package io.credsync.simulator.intserv;

import io.credsync.simulator.kit.http.CodedErrorAnswers;

/**
 * A refused request. IntServ's error body is not documented (ND); the simulator answers
 * {@code {"error":"<code>","message":"<text>"}}, and never quotes a key's identification or PIN.
 */
final class ApiException extends CodedErrorAnswers.Refusal {

    ApiException(int status, String code, String message) {
        super(status, code, message);
    }

    static ApiException invalid(String code, String message) {
        return new ApiException(400, code, message);
    }

    static ApiException notFound(String message) {
        return new ApiException(404, "NotFound", message);
    }
}
