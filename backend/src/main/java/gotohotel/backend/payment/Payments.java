package gotohotel.backend.payment;

import gotohotel.backend.money.Money;
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

    /**
     * Remembers an authorisation whose answer was lost (it may have been approved after all), in the caller's
     * transaction — the one that marks the order failed, so that an order is resolved either by the
     * reconciler (still pending) or by the late-approval check (failed), never by both.
     */
    void rememberUnresolved(UUID orderId, Money amount, String cardLast4);

    /**
     * Keeps the outcome, in the caller's transaction — an approval announces nothing itself (the order, marked paid
     * in the same transaction, publishes OrderPaid; decision record 55), a decline publishes PaymentDeclined with the
     * booking; returns the payment as recorded (so whoever answers the guest needs no second read).
     */
    PaymentSummary record(UUID orderId, Money amount, Authorization authorization, Booking booking);

    /**
     * Keeps money taken at the desk ({@code reference}: the receipt of the cash or the counter's terminal) by
     * {@code takenBy}, in the caller's transaction (the order, marked paid with it, publishes OrderPaid). The provider
     * is not involved, now or for its refunds, which are owed at the counter.
     */
    PaymentSummary recordAtCounter(UUID orderId, Money amount, String reference, String takenBy);

    /**
     * Owes the guest {@code total} back in all for the order (capped at what was paid), in the caller's
     * transaction — the one that records the state change owing it, so the refund exists exactly when that
     * change does. Asking again for the same total owes nothing more. The provider is called once the
     * transaction has committed (the caller usually sees the refund done when it returns) and, if it
     * fails, again and again with backoff until it accepts; it never throws for the provider.
     *
     * @return the refund's id (its idempotency key at the provider), empty when nothing more is owed
     */
    Optional<UUID> refund(UUID orderId, Money total, RefundCause cause);

    /** Owes the guest everything they paid for the order back; see {@link #refund(UUID, Money, RefundCause)}. */
    Optional<UUID> refundInFull(UUID orderId, RefundCause cause);

    /**
     * Keeps an approved charge for nights added to the order's stay (authorised with {@link #authorize} under the
     * change's id as the provider's key), in the caller's transaction: the payment counts it from now on, so refunds
     * may reach it (sent back through its authorisation). Announces nothing: the order's stay change does.
     */
    void recordCharge(UUID orderId, UUID chargeId, Money amount, Authorization approved);

    /**
     * Owes back a whole charge kept with {@link #recordCharge} (nights charged but not added after all: the change
     * failed after the provider approved it), through that charge's own authorisation, in the caller's transaction;
     * sent after commit and retried like every refund.
     */
    Optional<UUID> refundCharge(UUID orderId, UUID chargeId, Money amount, RefundCause cause);

    Optional<PaymentSummary> find(UUID orderId);
}
