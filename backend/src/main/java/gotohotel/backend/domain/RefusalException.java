package gotohotel.backend.domain;

import java.time.Duration;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Something a caller asked was refused, for a reason the caller can act on. The refusal names what went wrong (a
 * stable problem type slug, a title, a readable detail, and the facts the caller needs, such as the last seq the
 * server holds) and carries no HTTP status: its kind (the permitted subclasses) decides how the web edge answers,
 * in one table there ({@code ProblemDetailsAdvice}).
 */
public abstract sealed class RefusalException extends RuntimeException
        permits InvalidInputException, NotAuthenticatedException, PaymentRefusedException, NotPermittedException,
        NotFoundException, DomainRuleException, ContradictoryRequestException, ThrottledException,
        TemporarilyUnavailableException {

    private final String type;
    private final String title;
    private final Duration retryAfter;
    private final Map<String, Object> facts = new LinkedHashMap<>();

    RefusalException(String type, String title, String detail, Duration retryAfter) {
        super(detail);
        this.type = type;
        this.title = title;
        this.retryAfter = retryAfter;
    }

    /** The problem type slug ({@code urn:gotohotel:problem:<type>}), listed in {@code web/ProblemTypes}. */
    public String type() {
        return type;
    }

    public String title() {
        return title;
    }

    /** When asking again may succeed; empty when only a different request would. */
    public Optional<Duration> retryAfter() {
        return Optional.ofNullable(retryAfter);
    }

    /** What the caller needs besides the detail to act on the refusal, by name, in the order given. */
    public Map<String, Object> facts() {
        return Collections.unmodifiableMap(facts);
    }

    /** Adds a fact (for a subclass's constructor). */
    protected final void fact(String name, Object value) {
        facts.put(name, value);
    }
}
