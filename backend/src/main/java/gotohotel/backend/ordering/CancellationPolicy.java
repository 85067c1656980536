package gotohotel.backend.ordering;

import gotohotel.backend.money.Money;
import jakarta.persistence.Embeddable;
import java.math.BigDecimal;
import java.time.Instant;

/**
 * The cancellation terms agreed when the order was placed: free until {@code freeCancellationUntil},
 * after that {@code lateCancellationFee} is kept.
 */
@Embeddable
record CancellationPolicy(Instant freeCancellationUntil, BigDecimal lateCancellationFee) {

    Money refundFor(Money paid, Instant cancelledAt) {
        if (cancelledAt.isBefore(freeCancellationUntil)) {
            return paid;
        }
        return paid.minus(new Money(lateCancellationFee, paid.currency())).atLeastZero();
    }

    /** A guest who never arrived is charged as one who cancelled late: the late fee (the first night) is kept. */
    Money refundForNoShow(Money paid) {
        return paid.minus(new Money(lateCancellationFee, paid.currency())).atLeastZero();
    }
}
