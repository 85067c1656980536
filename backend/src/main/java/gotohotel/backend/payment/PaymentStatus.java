package gotohotel.backend.payment;

/** Where a payment stands. */
public enum PaymentStatus {
    APPROVED, DECLINED, REFUNDED
}
