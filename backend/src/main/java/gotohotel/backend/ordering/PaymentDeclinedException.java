package gotohotel.backend.ordering;

import gotohotel.backend.common.ApiException;
import java.util.UUID;
import org.springframework.http.HttpStatus;

/** The card was declined: 402, the nights were released. */
class PaymentDeclinedException extends ApiException {

    PaymentDeclinedException(UUID orderId, String reason) {
        super(HttpStatus.PAYMENT_REQUIRED, "payment-declined", "Payment declined",
                "The card was declined (" + reason + ") for order " + orderId + "; no room is held.");
    }
}
