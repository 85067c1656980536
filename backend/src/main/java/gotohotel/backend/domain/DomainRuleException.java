package gotohotel.backend.domain;

/**
 * A domain rule refused what was asked in the current state. It carries no HTTP status: the web layer
 * ({@link ProblemDetailsAdvice}) answers it as a conflict with the stable problem {@code type} and the
 * readable detail given here.
 */
public class DomainRuleException extends RuntimeException {

    private final String type;
    private final String title;

    public DomainRuleException(String type, String title, String detail) {
        super(detail);
        this.type = type;
        this.title = title;
    }

    /** The problem type slug ({@code urn:gotohotel:problem:<type>}). */
    public String type() {
        return type;
    }

    public String title() {
        return title;
    }
}
