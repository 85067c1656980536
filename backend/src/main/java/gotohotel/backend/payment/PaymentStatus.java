package gotohotel.backend.payment;

/** Where a payment stands. */
public enum PaymentStatus {
    APPROVED, DECLINED,
    /** A refund is owed and the provider has not accepted it yet; it is retried until it has. */
    REFUND_PENDING,
    REFUNDED
}
