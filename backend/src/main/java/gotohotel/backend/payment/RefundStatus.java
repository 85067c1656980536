package gotohotel.backend.payment;

/** A refund is owed until the provider has accepted it. */
enum RefundStatus {
    PENDING, SUCCEEDED,
    /** Owed for money taken at the counter: handed back there by staff, never sent to the provider. */
    AT_COUNTER
}
