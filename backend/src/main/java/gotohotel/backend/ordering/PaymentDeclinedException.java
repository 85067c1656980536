package gotohotel.backend.ordering;

import gotohotel.backend.domain.PaymentRefusedException;
import java.util.UUID;

/** The card was declined; the nights were released. */
class PaymentDeclinedException extends PaymentRefusedException {

    PaymentDeclinedException(UUID orderId, String reason) {
        super("payment-declined", "Payment declined",
                "The card was declined (" + reason + ") for order " + orderId + "; no room is held.");
    }
}
