package gotohotel.backend.ordering;

import gotohotel.backend.payment.PaymentSummary;

/**
 * An order together with the guest's access token, returned once to whoever placed it, and its payment as the
 * same transaction recorded it (null when not at hand, as for a replayed request).
 */
record PlacedOrder(Order order, String accessToken, PaymentSummary payment) {

    @Override
    public String toString() {
        return "PlacedOrder[" + order.id() + "]";
    }
}
