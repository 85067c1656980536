package gotohotel.backend.payment;

import gotohotel.backend.money.Money;

/**
 * A payment as other contexts and the guest may see it.
 *
 * @param method by card through the provider, or at the counter (its refunds handed back there)
 */
public record PaymentSummary(PaymentStatus status, String cardLast4, Money amount, Money refunded,
                             PaymentMethod method) {
}
