package gotohotel.backend.domain;

import java.util.List;

/** A value object refused what it was given; each violation names the field and what is wrong with it. */
public class InvalidInputException extends RuntimeException {

    private final List<Violation> violations;

    public InvalidInputException(List<Violation> violations) {
        super("Invalid input: " + violations.stream().map(Violation::field).toList());
        this.violations = List.copyOf(violations);
    }

    public List<Violation> violations() {
        return violations;
    }

    /** One invalid field and why. */
    public record Violation(String field, String message) {
    }
}
