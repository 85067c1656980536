package gotohotel.desk.service;

import java.util.List;
import java.util.UUID;

/** The reservations on this desk and the decisions on them. Blocking: call on a background thread. */
public interface ReservationService {

    /** Every booking the desk holds, read once (later changes come to the listener). */
    List<Booking> bookings();

    /**
     * Takes a decision on the booking as the desk shows it; it is queued for the server.
     *
     * @throws DecisionRefusedException when not possible from the status shown
     */
    Booking decide(java.util.UUID bookingId, Decision decision, String reason);

    /** The booking's history: from the server when it answers, else what this desk knows. */
    List<HistoryEntry> history(UUID bookingId);

    void dismissConflict(long conflictId);

    DeskStatus status();

    /** Changes (bookings and the sync status) go to the listener from now on, on a background thread. */
    void listen(DeskListener listener);
}
