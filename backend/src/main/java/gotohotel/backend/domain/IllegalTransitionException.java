package gotohotel.backend.domain;

/** A state machine refused a transition; the message names the current status. */
public class IllegalTransitionException extends DomainRuleException {

    public IllegalTransitionException(String subject, Enum<?> current, String action) {
        super("illegal-transition", "Illegal status transition",
                "Cannot " + action + ": the " + subject + " is " + current + ".");
    }
}
