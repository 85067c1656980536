package gotohotel.desk.sync;

import java.time.Duration;
import java.util.random.RandomGenerator;

/**
 * Capped exponential backoff with jitter: the n-th wait in a row is a random time between half and all of
 * {@code min(cap, base * 2^n)}, so desks that lost the link together do not come back together.
 */
final class Backoff {

    private final Duration base;
    private final Duration cap;
    private final RandomGenerator random;
    private int failures;

    Backoff(Duration base, Duration cap, RandomGenerator random) {
        this.base = base;
        this.cap = cap;
        this.random = random;
    }

    synchronized Duration next() {
        long ceiling = base.toMillis() << Math.min(failures, 20);
        long bound = Math.max(1, Math.min(cap.toMillis(), ceiling));
        failures++;
        long half = bound / 2;
        return Duration.ofMillis(half + random.nextLong(bound - half + 1));
    }

    synchronized void reset() {
        failures = 0;
    }
}
