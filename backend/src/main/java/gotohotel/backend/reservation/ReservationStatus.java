package gotohotel.backend.reservation;

/** Where the hotel's reservation stands. */
public enum ReservationStatus {
    PENDING_CONFIRMATION, CONFIRMED, REJECTED, CANCELLED, CHECKED_IN, CHECKED_OUT,
    /** The check-in day passed without the guest: set by the night audit only, final (a late guest books anew). */
    NO_SHOW
}
