package gotohotel.backend.domain;

import java.time.Duration;

/**
 * Something this request needs (a provider, a broker) is down or overloaded for the moment: the caller
 * should retry after {@link #retryAfter()}. No HTTP status here; the web layer answers 503 with
 * {@code Retry-After}.
 */
public class TemporarilyUnavailableException extends RuntimeException {

    private final String type;
    private final String title;
    private final Duration retryAfter;

    public TemporarilyUnavailableException(String type, String title, String detail, Duration retryAfter) {
        super(detail);
        this.type = type;
        this.title = title;
        this.retryAfter = retryAfter;
    }

    public String type() {
        return type;
    }

    public String title() {
        return title;
    }

    public Duration retryAfter() {
        return retryAfter;
    }
}
