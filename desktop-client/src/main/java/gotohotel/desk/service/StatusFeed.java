package gotohotel.desk.service;

import gotohotel.desk.store.Conflict;
import gotohotel.desk.sync.SyncStatus;
import gotohotel.desk.text.ScreenText;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * What the screens are told: changed bookings, and the sync status with what the background sign-in learnt on top
 * (the engine makes no request without a token, so it never sees the refusal that sign-in got).
 */
final class StatusFeed {

    private final List<DeskListener> listeners = new CopyOnWriteArrayList<>();
    private volatile DeskStatus last;
    /** The background sign-in was refused: the desk asks for the password until someone signs in. */
    private volatile boolean passwordRefused;
    /**
     * The background sign-in reached a server this desk's store does not belong to: the screen text shown while
     * the desk stays offline (null otherwise).
     */
    private volatile String otherServer;

    StatusFeed(DeskStatus first) {
        this.last = first;
    }

    DeskStatus current() {
        return last;
    }

    void listen(DeskListener listener) {
        listeners.add(listener);
    }

    void bookingsChanged(List<DeskBooking> changed) {
        listeners.forEach(listener -> listener.bookingsChanged(changed));
    }

    void publish(DeskStatus status) {
        last = status;
        listeners.forEach(listener -> listener.statusChanged(status));
    }

    /** Someone signed in (or out): what the last background sign-in learnt no longer holds. */
    void signInSettled() {
        passwordRefused = false;
        otherServer = null;
    }

    /** The server refused the password the desk kept trying in the background. */
    void passwordRefused() {
        passwordRefused = true;
        publish(new DeskStatus(last.online(), true, last.queued(), last.lastSyncAt(),
                ScreenText.of("signin.error." + SignInFailedException.Reason.REFUSED), last.conflicts()));
    }

    /** The background sign-in reached another server's desk: offline, with this sentence, until signed in again. */
    void otherServer(String screenText) {
        otherServer = screenText;
        offline(screenText);
    }

    /** Offline with this sentence (the background sign-in failed). */
    void offline(String screenText) {
        publish(new DeskStatus(false, false, last.queued(), last.lastSyncAt(), screenText, last.conflicts()));
    }

    void syncChanged(SyncStatus s) {
        boolean refused = passwordRefused && !s.online();
        String wrongServer = s.online() ? null : otherServer;
        publish(new DeskStatus(s.online(), s.signInRequired() || refused, s.queued(), s.lastSyncAt(),
                wrongServer != null ? wrongServer
                        : refused && s.lastError() == null ? last.lastError()
                        : s.lastError() != null ? s.lastError() : s.notice(),
                s.conflicts().stream().map(StatusFeed::note).toList()));
    }

    /** A conflict as staff read it, with the status the reservation has now on this desk (the server's). */
    private static ConflictNote note(Conflict c) {
        return new ConflictNote(c.id(), c.reservationId(), c.guestName(), c.type(), c.outcome(), c.statusNow(),
                c.message(), c.occurredAt(), c.room());
    }
}
