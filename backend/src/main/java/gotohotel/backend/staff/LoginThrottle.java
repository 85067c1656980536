package gotohotel.backend.staff;

import gotohotel.backend.domain.ThrottledException;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Counts failed staff logins per username and per client address and refuses an attempt (429) while
 * either is locked out, before any password is checked, so a burst of guesses costs no bcrypt. An
 * attempt counts as a failure from the moment it is let through, so concurrent guesses cannot all slip
 * past the limit; a success takes it back and clears the username's failures.
 *
 * <p>In memory, per instance, bounded by {@link LoginThrottleProperties#maxEntries()} per map.
 */
@Component
class LoginThrottle {

    private static final Logger log = LoggerFactory.getLogger(LoginThrottle.class);
    private static final int MAX_KEY_LENGTH = 128;

    private final LoginThrottleProperties properties;
    private final Clock clock;
    private final Failures accounts;
    private final Failures addresses;

    private final Counter throttled;

    LoginThrottle(LoginThrottleProperties properties, Clock clock, MeterRegistry meters) {
        this.properties = properties;
        this.clock = clock;
        this.throttled = Counter.builder("gotohotel.staff.login.throttled")
                .description("Staff login attempts refused with 429 before any password check").register(meters);
        this.accounts = new Failures(properties.accountFailures());
        this.addresses = new Failures(properties.addressFailures());
    }

    /** Lets an attempt through, counted as a failure until {@link #succeeded}; or refuses it with 429. */
    synchronized void admit(String username, String address) {
        Instant now = clock.instant();
        String account = key(username);
        String client = key(address);
        Duration wait = max(accounts.lockedFor(account, now), addresses.lockedFor(client, now));
        if (!wait.isZero()) {
            throttled.increment();
            log.debug("Throttled a staff login attempt from {}", client);
            long seconds = (wait.toMillis() + 999) / 1000;
            throw new ThrottledException("too-many-login-attempts", "Too many login attempts",
                    "Too many failed logins; try again in " + seconds + " seconds.", Duration.ofSeconds(seconds));
        }
        accounts.fail(account, now);
        addresses.fail(client, now);
    }

    /** The admitted attempt was right: the username starts afresh and the address gets its attempt back. */
    synchronized void succeeded(String username, String address) {
        accounts.clear(key(username));
        addresses.forgive(key(address));
    }

    @Scheduled(fixedDelay = 60_000)
    synchronized void forgetExpired() {
        Instant now = clock.instant();
        accounts.forgetExpired(now);
        addresses.forgetExpired(now);
    }

    synchronized int remembered() {
        return accounts.entries.size() + addresses.entries.size();
    }

    private static String key(String value) {
        String trimmed = value == null ? "" : value.trim();
        return trimmed.length() > MAX_KEY_LENGTH ? trimmed.substring(0, MAX_KEY_LENGTH) : trimmed;
    }

    private static Duration max(Duration a, Duration b) {
        return a.compareTo(b) >= 0 ? a : b;
    }

    private static final class Entry {
        int failures;
        Instant last;
    }

    /** Failures per key, least recently seen evicted first once full. */
    private final class Failures {

        private final int allowed;
        private final Map<String, Entry> entries;

        Failures(int allowed) {
            this.allowed = allowed;
            this.entries = new LinkedHashMap<>(64, 0.75f, true) {
                @Override
                protected boolean removeEldestEntry(Map.Entry<String, Entry> eldest) {
                    return size() > properties.maxEntries();
                }
            };
        }

        Duration lockedFor(String key, Instant now) {
            Entry entry = entries.get(key);
            if (entry == null || entry.failures < allowed) {
                return Duration.ZERO;
            }
            Duration left = Duration.between(now, entry.last.plus(lockout(entry.failures)));
            return left.isNegative() ? Duration.ZERO : left;
        }

        void fail(String key, Instant now) {
            Entry entry = entries.get(key);
            if (entry == null || expired(entry, now)) {
                entry = new Entry();
                entries.put(key, entry);
            }
            entry.failures++;
            entry.last = now;
        }

        void clear(String key) {
            entries.remove(key);
        }

        void forgive(String key) {
            Entry entry = entries.get(key);
            if (entry != null && --entry.failures <= 0) {
                entries.remove(key);
            }
        }

        void forgetExpired(Instant now) {
            entries.values().removeIf(entry -> expired(entry, now));
        }

        private boolean expired(Entry entry, Instant now) {
            Duration kept = properties.window();
            if (entry.failures >= allowed && lockout(entry.failures).compareTo(kept) > 0) {
                kept = lockout(entry.failures);
            }
            return !now.isBefore(entry.last.plus(kept));
        }

        /** first-lockout after the allowed failures, doubled for each failure beyond, at most max-lockout. */
        private Duration lockout(int failures) {
            int doublings = Math.min(failures - allowed, 30);
            Duration lockout = properties.firstLockout().multipliedBy(1L << doublings);
            return lockout.compareTo(properties.maxLockout()) > 0 ? properties.maxLockout() : lockout;
        }
    }
}
