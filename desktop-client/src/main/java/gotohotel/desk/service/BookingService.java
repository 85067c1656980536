package gotohotel.desk.service;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;

/** The reservations on this desk and the decisions on them. Blocking: call on a background thread. */
public interface BookingService {

    /** Every booking the desk holds, read once (later changes come to the listener). */
    List<DeskBooking> bookings();

    /**
     * Takes a decision on the booking as the desk shows it; it is queued for the server.
     *
     * @throws DecisionRefusedException when not possible from the status shown
     */
    DeskBooking decide(UUID bookingId, Decision decision, String reason);

    /**
     * What this desk knows of the booking's history, read from its own store: the last change it downloaded, then
     * its decisions still waiting to be sent.
     */
    List<HistoryEntry> localHistory(UUID bookingId);

    /**
     * The booking's history as the server keeps it (with this desk's waiting decisions after it), asked without
     * blocking; it completes empty when the server cannot say (offline, signed out, no answer in time). Cancel it
     * when it is no longer wanted.
     */
    CompletableFuture<Optional<List<HistoryEntry>>> serverHistory(UUID bookingId);

    void dismissConflict(long conflictId);

    DeskStatus status();

    /** Changes (bookings and the sync status) go to the listener from now on, on a background thread. */
    void listen(DeskListener listener);
}
