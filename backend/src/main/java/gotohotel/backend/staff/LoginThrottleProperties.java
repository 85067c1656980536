package gotohotel.backend.staff;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How staff logins are throttled (in memory, per instance).
 *
 * @param accountFailures failed logins of one username before it is locked out (429 with {@code Retry-After})
 * @param addressFailures failed logins from one client address (any username) before it is locked out (429)
 * @param firstLockout the first lockout; each further failure after a lockout doubles it
 * @param maxLockout the longest lockout
 * @param window failures are forgotten this long after the last one (and after any lockout has ended)
 * @param maxEntries usernames and addresses remembered at most, each; the least recently seen go first
 */
@ConfigurationProperties("gotohotel.staff.login-throttle")
record LoginThrottleProperties(int accountFailures, int addressFailures, Duration firstLockout,
                               Duration maxLockout, Duration window, int maxEntries) {

    LoginThrottleProperties {
        if (accountFailures < 1 || addressFailures < 1 || maxEntries < 1) {
            throw new IllegalArgumentException("gotohotel.staff.login-throttle: failures and max-entries must be >= 1");
        }
        if (firstLockout.isNegative() || firstLockout.isZero() || maxLockout.compareTo(firstLockout) < 0) {
            throw new IllegalArgumentException(
                    "gotohotel.staff.login-throttle: first-lockout must be positive and not above max-lockout");
        }
    }
}
