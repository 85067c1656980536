package gotohotel.backend.domain;

import java.time.Duration;

/**
 * This caller asked too often or has too much waiting already (failed logins, a desk's waiting requests); others
 * are still served. The caller waits {@link #retryAfter()} before asking again.
 */
public non-sealed class ThrottledException extends RefusalException {

    public ThrottledException(String type, String title, String detail, Duration retryAfter) {
        super(type, title, detail, retryAfter);
    }
}
