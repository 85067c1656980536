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
}
