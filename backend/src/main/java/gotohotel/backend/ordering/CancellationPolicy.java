package gotohotel.backend.ordering;

import gotohotel.backend.money.Money;
import jakarta.persistence.Embeddable;
import java.math.BigDecimal;
import java.time.Instant;

/**
 * The cancellation terms agreed when the order was placed: free until {@code freeCancellationUntil},
 * after that {@code lateCancellationFee} is kept — once per booking: what an earlier stay change kept of it
 * ({@code feeKept}) is not kept again (decision record 52).
 */
@Embeddable
record CancellationPolicy(Instant freeCancellationUntil, BigDecimal lateCancellationFee) {

    Money refundFor(Money paid, Instant cancelledAt) {
        return refundFor(paid, cancelledAt, new Money(BigDecimal.ZERO, paid.currency()));
    }

    Money refundFor(Money paid, Instant cancelledAt, Money feeKept) {
        if (isFree(cancelledAt)) {
            return paid;
        }
        return paid.minus(feeLeft(feeKept)).atLeastZero();
    }

    /** A guest who never arrived is charged as one who cancelled late: the late fee (the first night) is kept. */
    Money refundForNoShow(Money paid) {
        return refundForNoShow(paid, new Money(BigDecimal.ZERO, paid.currency()));
    }

    Money refundForNoShow(Money paid, Money feeKept) {
        return paid.minus(feeLeft(feeKept)).atLeastZero();
    }

    /** Whether giving nights up at {@code when} costs nothing. */
    boolean isFree(Instant when) {
        return when.isBefore(freeCancellationUntil);
    }

    /** The same deadline with the late fee of another room type's first night (the stay took that type). */
    CancellationPolicy withLateFee(BigDecimal fee) {
        return new CancellationPolicy(freeCancellationUntil, fee);
    }

    /** The part of the late fee not kept yet. */
    Money feeLeft(Money feeKept) {
        return new Money(lateCancellationFee, feeKept.currency()).minus(feeKept).atLeastZero();
    }
}
