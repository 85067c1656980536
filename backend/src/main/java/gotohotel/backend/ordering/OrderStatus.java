package gotohotel.backend.ordering;

/** Where a guest's order stands. */
public enum OrderStatus {
    /** Nights held, payment in progress. */
    PENDING_PAYMENT,
    /** Paid; the reservation has been requested from the hotel. */
    PAID,
    CONFIRMED,
    CHECKED_IN,
    CHECKED_OUT,
    /** The provider declined the card; the hold was released. */
    PAYMENT_DECLINED,
    /** The provider could not be reached in time; nothing was charged and the hold was released. */
    PAYMENT_FAILED,
    /** The hotel refused the booking; refunded in full. */
    REJECTED,
    /** The guest cancelled; refunded according to the cancellation policy. */
    CANCELLED,
    /** The guest never arrived (the night audit); the policy keeps the first night, the rest is refunded. */
    NO_SHOW
}
