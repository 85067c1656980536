package gotohotel.backend.reservation;

/** Where the hotel's reservation stands. */
public enum ReservationStatus {
    PENDING_CONFIRMATION, CONFIRMED, REJECTED, CANCELLED, CHECKED_IN, CHECKED_OUT
}
