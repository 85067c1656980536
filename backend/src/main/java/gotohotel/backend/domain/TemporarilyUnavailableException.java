package gotohotel.backend.domain;

import java.time.Duration;

/**
 * Something this request needs (a provider, a broker, the server's capacity) is down or overloaded for the moment:
 * the caller should retry after {@link #retryAfter()}.
 */
public non-sealed class TemporarilyUnavailableException extends RefusalException {

    public TemporarilyUnavailableException(String type, String title, String detail, Duration retryAfter) {
        super(type, title, detail, retryAfter);
    }
}
