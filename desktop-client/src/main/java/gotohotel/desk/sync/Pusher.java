package gotohotel.desk.sync;

import gotohotel.desk.store.DeskStore;
import gotohotel.desk.text.ScreenText;
import gotohotel.shared.sync.CommandBatch;
import gotohotel.shared.sync.SyncCommand;
import java.time.Clock;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends the queue in seq order, a batch at a time, until it is empty; a batch the server finds too large
 * (413) is halved until it fits. Failures of the link are retried with
 * backoff; a 401 waits for a new sign-in; a gap or an unknown desk renumbers the queue and resyncs.
 */
final class Pusher implements SyncLoop.Step {

    private static final Logger log = LoggerFactory.getLogger(Pusher.class);

    private final DeskStore store;
    private final ServerLink link;
    private final StaffSession session;
    private final StatusBoard board;
    private final Backoff backoff;
    private final Wakeup wakeup;
    private final Runnable linkReturned;
    private final Runnable resyncRequested;
    private final SyncSettings settings;
    private final Clock clock;
    private final DeskRegistrar registrar;
    private final CredentialWatch credentials;
    private boolean restartedLast;
    private int batchLimit;

    /** Paced by {@code context.push()}; wakes the puller when the link returns and when a resync is wanted. */
    Pusher(SyncContext context) {
        this.store = context.store();
        this.link = context.link();
        this.session = context.session();
        this.board = context.board();
        this.backoff = context.push().backoff();
        this.wakeup = context.push().wakeup();
        this.linkReturned = context.pull()::wake;
        this.resyncRequested = context.pull()::wake;
        this.settings = context.settings();
        this.clock = context.clock();
        this.batchLimit = settings.batchSize();
        this.registrar = new DeskRegistrar(store, link);
        this.credentials = new CredentialWatch(store, link, clock);
        session.onSignIn(credentials::signedIn);
    }

    @Override
    public void step() throws InterruptedException {
        var token = session.token();
        if (token.isEmpty()) {
            wakeup.await(settings.idle());
            return;
        }
        credentials.lookIfDue(token.get());
        if (store.revoked()) {
            board.error(ScreenText.of("sync.error.desk-revoked"));
            wakeup.await(settings.idle());
            return;
        }
        var secret = store.deskSecret();
        if (secret.isEmpty()) {
            register(token.get());
            return;
        }
        List<SyncCommand> batch = store.nextBatch(batchLimit);
        if (batch.isEmpty()) {
            wakeup.await(settings.idle());
            return;
        }
        var answer = link.commands(token.get(), secret.get(), new CommandBatch(store.position().clientId(), batch));
        switch (answer.kind()) {
            case OK -> {
                int conflicts = store.recordAnswers(answer.body().results(), clock.instant());
                log.debug("Sent {} commands from seq {}: {} answered, {} conflicts", batch.size(), batch.get(0).seq(),
                        answer.body().results().size(), conflicts);
                restartedLast = false;
                backoff.reset();
                if (board.reached()) {
                    linkReturned.run();
                }
                if (answer.body().results().isEmpty()) {
                    wakeup.await(backoff.next());
                }
            }
            case UNAUTHORIZED -> {
                if (session.expired(token.get())) {
                    board.signInRequired(ScreenText.of("sync.error.sign-in-to-send", answer.problem()));
                }
            }
            case RESTART -> {
                log.warn("The server holds this desk's commands up to seq {} only: resyncing and renumbering the "
                        + "queue ({})", answer.lastSeq(), answer.problem());
                store.restartFrom(answer.lastSeq());
                board.publish();
                resyncRequested.run();
                if (restartedLast) {
                    wakeup.await(backoff.next());
                }
                restartedLast = true;
            }
            case UNREACHABLE -> {
                board.unreachable(ScreenText.of("sync.error.unreachable", answer.problem()));
                wakeup.await(backoff.next());
            }
            case UNREGISTERED -> {
                registrar.unknownToTheServer(answer.problem());
                wakeup.await(backoff.next());
            }
            case SEQUENCE_REUSED -> {
                board.error(registrar.anotherComputerUsedOurNumbers(answer.problem()));
                wakeup.await(backoff.next());
            }
            case REVOKED -> {
                board.error(registrar.revoked(answer.problem()));
                wakeup.await(backoff.next());
            }
            case BUSY -> wakeup.await(answer.retryAfter());   // only the changes feed answers so today
            case TOO_LARGE -> {
                if (batch.size() == 1) {
                    board.error(ScreenText.of("sync.error.decision-too-large", answer.problem()));
                    wakeup.await(backoff.next());   // never a tight loop
                    return;
                }
                batchLimit = Math.max(1, batch.size() / 2);
                log.info("The server takes smaller requests ({}): sending at most {} commands at once",
                        answer.problem(), batchLimit);
            }
            case REFUSED, FEED_RESET -> {
                log.warn("The server refused a batch of {} commands: {}", batch.size(), answer.problem());
                board.error(ScreenText.of("sync.error.decisions-refused", answer.problem()));
                wakeup.await(backoff.next());
            }
        }
    }

    /** No identity yet (first sign-in here, or it had to be dropped): ask the server for one before sending. */
    private void register(String token) throws InterruptedException {
        var answer = registrar.register(token);
        switch (answer.kind()) {
            case OK -> board.publish();   // the backoff grows on: a server that keeps forgetting desks is not asked in a loop
            case UNAUTHORIZED -> {
                if (session.expired(token)) {
                    board.signInRequired(ScreenText.of("sync.error.sign-in-to-send", answer.problem()));
                }
            }
            case UNREACHABLE -> {
                board.unreachable(ScreenText.of("sync.error.unreachable", answer.problem()));
                wakeup.await(backoff.next());
            }
            default -> {
                log.warn("The server refused to register this desk: {}", answer.problem());
                board.error(ScreenText.of("sync.error.registration-refused", answer.problem()));
                wakeup.await(backoff.next());
            }
        }
    }
}
