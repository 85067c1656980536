package gotohotel.backend.domain;

import java.util.List;

/** What was given is invalid; each violation names the field and what is wrong with it. */
public non-sealed class InvalidInputException extends RefusalException {

    private final List<Violation> violations;

    public InvalidInputException(List<Violation> violations) {
        super("validation-failed", "Invalid request", "The request has invalid fields.", null);
        this.violations = List.copyOf(violations);
        if (!this.violations.isEmpty()) {
            fact("errors", this.violations);
        }
    }

    public InvalidInputException(String field, String message) {
        this(List.of(new Violation(field, message)));
    }

    public List<Violation> violations() {
        return violations;
    }

    /** One invalid field and why. */
    public record Violation(String field, String message) {
    }
}
