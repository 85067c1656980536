package gotohotel.backend.payment;

import gotohotel.backend.money.Money;

/** A payment as other contexts and the guest may see it. */
public record PaymentSummary(PaymentStatus status, String cardLast4, Money amount, Money refunded) {
}
