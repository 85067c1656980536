package gotohotel.desk.service;

import gotohotel.desk.sync.StaffSession;
import gotohotel.desk.text.ScreenText;
import java.time.Duration;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * After an offline sign-in, asks the server for a token in the background, with growing pauses, until it gives one
 * or the staff sign out; a refusal or another server's answer is told to the screens through the status.
 */
final class BackgroundSignIn {

    private static final Logger log = LoggerFactory.getLogger(BackgroundSignIn.class);
    private static final Duration LONGEST_PAUSE = Duration.ofSeconds(15);

    private final ScheduledExecutorService work;
    private final Supplier<Connection> current;
    private final KeptPasswords kept;
    private final StatusFeed feed;

    /**
     * @param work    the services' own background thread
     * @param current the connection now (null when signed out): a replaced one stops trying
     */
    BackgroundSignIn(ScheduledExecutorService work, Supplier<Connection> current, KeptPasswords kept,
                     StatusFeed feed) {
        this.work = work;
        this.current = current;
        this.kept = kept;
        this.feed = feed;
    }

    /** Until the server gives a token (or the staff sign out), try again after this pause and longer ones. */
    void keepTrying(Connection opened, String password, Duration pause) {
        work.schedule(() -> attempt(opened, password, pause), pause.toMillis(), TimeUnit.MILLISECONDS);
    }

    private void attempt(Connection opened, String password, Duration pause) {
        if (current.get() != opened || opened.session().signedIn()) {
            return;
        }
        try {
            opened.session().signIn(opened.username(), password);
            feed.signInSettled();
            kept.serverAccepted(opened.username(), password, opened.session().passwordSetAt().orElse(null));
            log.info("The server is back: {} signed in", opened.username());
        } catch (StaffSession.SignInException e) {
            if (e.unreachable()) {
                var next = pause.multipliedBy(2);
                keepTrying(opened, password, next.compareTo(LONGEST_PAUSE) > 0 ? LONGEST_PAUSE : next);
            } else {
                if (e.wrongPassword()) {
                    kept.forget(opened.username());
                }
                log.warn("The server refused {}'s password: asking again", opened.username());
                feed.passwordRefused();
            }
        } catch (SignInFailedException e) {
            // Another server's desk: no token, so nothing is sent or fetched; signing in again cannot help.
            log.warn("{}: the desk stays offline", e.getMessage());
            feed.otherServer(e.screenText());
        } catch (RuntimeException e) {
            // e.g. the store could not answer the server check: no token was taken; try again later
            log.error("The background sign-in failed; trying again", e);
            feed.offline(ScreenText.of("sync.error.failed", String.valueOf(e.getMessage())));
            keepTrying(opened, password, LONGEST_PAUSE);
        }
    }
}
