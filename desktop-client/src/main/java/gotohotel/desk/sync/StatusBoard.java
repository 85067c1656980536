package gotohotel.desk.sync;

import gotohotel.desk.store.DeskStore;
import gotohotel.desk.text.ScreenText;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CopyOnWriteArrayList;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps the current {@link SyncStatus} and tells the listeners when it changes. A new error is logged with its
 * technical cause once (the screens show the sentence and keep the cause for a tooltip), not on every retry.
 */
final class StatusBoard {

    private static final Logger log = LoggerFactory.getLogger(StatusBoard.class);

    private final DeskStore store;
    private final List<SyncListener> listeners = new CopyOnWriteArrayList<>();
    private volatile boolean online;
    private volatile boolean signInRequired;
    private volatile String lastError;
    private volatile String notice;
    private volatile SyncStatus current;

    StatusBoard(DeskStore store) {
        this.store = store;
        this.current = read();
    }

    SyncStatus current() {
        return current;
    }

    void listen(SyncListener listener) {
        listeners.add(listener);
        listener.changed(current);
    }

    /** The server answered: the link is up. True when it was down before. */
    boolean reached() {
        boolean wasOffline = !online;
        online = true;
        signInRequired = false;
        lastError = null;
        publish();
        return wasOffline;
    }

    void unreachable(String why) {
        online = false;
        remember(why);
        publish();
    }

    void signInRequired(String why) {
        signInRequired = true;
        remember(why);
        publish();
    }

    void error(String why) {
        remember(why);
        publish();
    }

    /** Something staff should know that is not an error (it stays until the next notice). */
    void notice(String what) {
        notice = what;
        publish();
    }

    /** Synchronized: the two loops often fail at once (one dead link), and the error is logged once. */
    private synchronized void remember(String why) {
        if (!Objects.equals(why, lastError)) {
            log.info("Sync: {}", ScreenText.forLog(why));
        }
        lastError = why;
    }

    /** The store changed (a decision, an answer, a dismissed conflict). */
    synchronized void publish() {
        var next = read();
        if (!next.equals(current)) {
            current = next;
            listeners.forEach(listener -> listener.changed(next));
        }
    }

    private SyncStatus read() {
        return new SyncStatus(online, signInRequired, store.queuedCount(), store.position().lastSyncAt(), lastError,
                store.conflicts(), notice);
    }
}
