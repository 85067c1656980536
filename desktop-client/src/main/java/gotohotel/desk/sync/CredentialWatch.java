package gotohotel.desk.sync;

import gotohotel.desk.store.DeskStore;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps the desk's offline sign-in honest: while online, asks the server now and then who may sign in and when each
 * password was set, and forgets the kept hashes of disabled accounts and of passwords changed elsewhere.
 */
final class CredentialWatch {

    private static final Logger log = LoggerFactory.getLogger(CredentialWatch.class);
    static final Duration EVERY = Duration.ofSeconds(60);

    private final DeskStore store;
    private final ServerLink link;
    private final Clock clock;
    private volatile Instant due = Instant.MIN;

    CredentialWatch(DeskStore store, ServerLink link, Clock clock) {
        this.store = store;
        this.link = link;
        this.clock = clock;
    }

    /** At most once a minute (and at the first chance after a sign-in), whatever the server answered. */
    void lookIfDue(String token) {
        Instant now = clock.instant();
        if (now.isBefore(due)) {
            return;
        }
        due = now.plus(EVERY);
        var answer = link.staffStates(token);
        if (answer.kind() != Answer.Kind.OK) {
            return;
        }
        var forgotten = store.forgetStaleCredentials(answer.body());
        if (!forgotten.isEmpty()) {
            log.info("Forgot the offline sign-in of {}: disabled, or the password was changed on the server",
                    forgotten);
        }
    }

    /** Someone signed in: look at the next chance. */
    void signedIn() {
        due = Instant.MIN;
    }
}
