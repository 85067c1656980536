package gotohotel.desk.sync;

import gotohotel.desk.store.DeskStore;
import gotohotel.desk.text.ScreenText;
import java.time.Clock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Follows the changes feed: pages through it while it has more, then long-polls, so a change on the server
 * reaches the desk as soon as it commits. A cursor the server's feed does not hold (its database was restored from
 * a backup) starts a full download whose snapshots win, and its end is reported with the bookings it changed.
 */
final class Puller implements SyncLoop.Step {

    private static final Logger log = LoggerFactory.getLogger(Puller.class);

    private final DeskStore store;
    private final ServerLink link;
    private final StaffSession session;
    private final StatusBoard board;
    private final Backoff backoff;
    private final Wakeup wakeup;
    private final Runnable linkReturned;
    private final SyncSettings settings;
    private final Clock clock;
    private boolean more = true;

    /** Paced by {@code context.pull()}; wakes the pusher when the link returns. */
    Puller(SyncContext context) {
        this.store = context.store();
        this.link = context.link();
        this.session = context.session();
        this.board = context.board();
        this.backoff = context.pull().backoff();
        this.wakeup = context.pull().wakeup();
        this.linkReturned = context.push()::wake;
        this.settings = context.settings();
        this.clock = context.clock();
    }

    @Override
    public void step() throws InterruptedException {
        var token = session.token();
        if (token.isEmpty()) {
            wakeup.await(settings.idle());
            return;
        }
        String cursor = store.position().cursor();
        int wait = cursor == null || more ? 0 : settings.waitSeconds();
        var answer = link.changes(token.get(), cursor, settings.pageSize(), wait);
        switch (answer.kind()) {
            case OK -> {
                var resynced = store.applyDownload(cursor, answer.body(), clock.instant());
                more = answer.body().hasMore();
                resynced.ifPresent(changed -> {
                    log.info("Full download complete: {} bookings on this desk changed", changed);
                    board.notice(ScreenText.of("sync.notice.resynced", changed));
                });
                backoff.reset();
                if (board.reached()) {
                    linkReturned.run();
                } else if (!answer.body().changes().isEmpty()) {
                    board.publish();
                }
            }
            case UNAUTHORIZED -> {
                if (session.expired(token.get())) {
                    board.signInRequired(ScreenText.of("sync.error.sign-in-to-receive", answer.problem()));
                }
            }
            case FEED_RESET -> {
                log.warn("The server's changes feed does not hold this desk's cursor (its database restored from a "
                        + "backup?): downloading everything again, queued decisions kept ({})", answer.problem());
                store.resyncFeed();
                more = true;
                backoff.reset();
                board.publish();
            }
            case UNREACHABLE -> {
                board.unreachable(ScreenText.of("sync.error.unreachable", answer.problem()));
                wakeup.await(backoff.next());
            }
            case BUSY -> {
                log.info("The server has enough desks waiting for changes; asking again in {} s ({})",
                        answer.retryAfter().toSeconds(), answer.problem());
                if (board.reached()) {
                    linkReturned.run();
                }
                wakeup.await(answer.retryAfter());   // a ring (the desk closing, a resync) ends it early
            }
            case RESTART, TOO_LARGE, REFUSED, UNREGISTERED, REVOKED, SEQUENCE_REUSED -> {
                log.warn("The server refused the changes request: {}", answer.problem());
                board.error(ScreenText.of("sync.error.changes-refused", answer.problem()));
                wakeup.await(backoff.next());
            }
        }
    }
}

