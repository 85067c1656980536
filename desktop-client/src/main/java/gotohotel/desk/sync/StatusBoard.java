package gotohotel.desk.sync;

import gotohotel.desk.store.DeskStore;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** Keeps the current {@link SyncStatus} and tells the listeners when it changes. */
final class StatusBoard {

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
        lastError = why;
        publish();
    }

    void signInRequired(String why) {
        signInRequired = true;
        lastError = why;
        publish();
    }

    void error(String why) {
        lastError = why;
        publish();
    }

    /** Something staff should know that is not an error (it stays until the next notice). */
    void notice(String what) {
        notice = what;
        publish();
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
