package gotohotel.backend.common;

import org.springframework.http.HttpStatus;

/** A state machine refused a transition; the message names the current status. */
public class IllegalTransitionException extends ApiException {

    public IllegalTransitionException(String subject, Enum<?> current, String action) {
        super(HttpStatus.CONFLICT, "illegal-transition", "Illegal status transition",
                "Cannot " + action + ": the " + subject + " is " + current + ".");
    }
}
