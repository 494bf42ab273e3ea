package io.credsync.simulator.basip;

import io.credsync.simulator.kit.Answer;
import io.credsync.simulator.kit.StatusException;

/** A refused request, worded by the panel's error shape (android text or door-controller code). */
final class PanelException extends StatusException {

    private final String code;
    private final String param;

    PanelException(int status, String code, String message, String param) {
        super(status, message);
        this.code = code;
        this.param = param;
    }

    static PanelException logIn() {
        return new PanelException(401, "invalid_authentication", "Log In", null);
    }

    static PanelException notAdministrator() {
        return new PanelException(403, "permission_denied", "Administrator rights required", null);
    }

    /** The android wording of a body that misses or garbles a field. */
    static PanelException wrongBody(String param) {
        return new PanelException(400, "bad_request", "Wrong JSON body: no value for `" + param + "`", param);
    }

    static PanelException notValid(String param, String message) {
        return new PanelException(400, "not_valid", message, param);
    }

    Answer answer(ErrorShape shape) {
        return shape.answer(status(), code, getMessage(), param);
    }
}
