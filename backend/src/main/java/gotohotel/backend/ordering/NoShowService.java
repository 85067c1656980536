package gotohotel.backend.ordering;

import gotohotel.backend.inventory.Inventory;
import gotohotel.backend.payment.Payments;
import gotohotel.backend.payment.RefundCause;
import gotohotel.backend.reservation.Reservations;
import java.time.Clock;
import java.time.LocalDate;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * A no-show takes the cancellation's path: the reservation decides (row lock, status check), the refund by the
 * snapshotted policy is owed with the change, the nights after the first are released, and OrderNoShow tells my page
 * and the guest's message how much was kept and refunded. The reservation's row is taken before the order's and the
 * payment's, as a guest's cancellation takes them, so the two never deadlock.
 */
@Service
class NoShowService implements NoShows {

    private static final Logger log = LoggerFactory.getLogger(NoShowService.class);

    private final Reservations reservations;
    private final OrderRepository orders;
    private final Payments payments;
    private final Inventory inventory;
    private final Clock clock;

    NoShowService(Reservations reservations, OrderRepository orders, Payments payments, Inventory inventory,
                  Clock clock) {
        this.reservations = reservations;
        this.orders = orders;
        this.payments = payments;
        this.inventory = inventory;
        this.clock = clock;
    }

    @Override
    @Transactional(propagation = Propagation.MANDATORY)
    public boolean recordNoShow(UUID orderId, LocalDate businessDate) {
        if (!reservations.markNoShow(orderId, businessDate)) {
            return false;
        }
        var order = orders.findById(orderId).orElseThrow();
        var refund = order.markNoShow(clock.instant());
        if (refund.isPositive()) {
            payments.refund(orderId, order.refundsInAllWith(refund), RefundCause.NO_SHOW);
        }
        inventory.releaseFrom(orderId, order.booking().checkIn().plusDays(1));
        orders.saveAndFlush(order);
        log.info("Order {} marked a no-show by the night audit of {}; {} refunded", orderId, businessDate,
                refund.amount());
        return true;
    }
}
