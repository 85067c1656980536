package gotohotel.backend.payment;

import gotohotel.backend.common.Money;
import gotohotel.shared.event.Booking;
import java.util.Optional;
import java.util.UUID;

/** The payment context's API, called synchronously by ordering. */
public interface Payments {

    /**
     * Asks the provider to authorise the amount, outside any transaction; the order id is the
     * provider's idempotency key.
     *
     * @throws PaymentUnavailableException when the provider fails, times out or the circuit is open
     */
    Authorization authorize(UUID orderId, Money amount, Card card);

    /** Asks the provider what became of an order's authorisation (for orders a crash left unresolved). */
    Optional<Authorization> lookup(UUID orderId);

    /** Keeps the outcome and publishes PaymentApproved or PaymentDeclined, in the caller's transaction. */
    void record(UUID orderId, Money amount, Authorization authorization, Booking booking);

    /**
     * Refunds the amount (request/response); calling it again for the same order refunds nothing more.
     *
     * @return the amount refunded in total for the order
     * @throws PaymentUnavailableException when the provider fails, times out or the circuit is open
     */
    Money refund(UUID orderId, Money amount);

    Optional<PaymentSummary> find(UUID orderId);
}
