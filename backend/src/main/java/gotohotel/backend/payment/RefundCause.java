package gotohotel.backend.payment;

/** Why the guest is owed money back. */
public enum RefundCause {
    /** The guest cancelled; refunded by the order's cancellation policy. */
    GUEST_CANCELLATION,
    /** The hotel refused the booking; refunded in full. */
    HOTEL_REJECTION,
    /** The provider approved after the order had failed; refunded in full. */
    LATE_APPROVAL,
    /** The guest never arrived; refunded by the order's cancellation policy (all but the first night). */
    NO_SHOW,
    /** The stay was shortened; the nights dropped refunded by the order's cancellation policy (decision record 52). */
    STAY_CHANGE
}
