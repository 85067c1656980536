package gotohotel.backend.payment;

/** A refund is owed until the provider has accepted it. */
enum RefundStatus {
    PENDING, SUCCEEDED
}
