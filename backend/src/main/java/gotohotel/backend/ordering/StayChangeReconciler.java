package gotohotel.backend.ordering;

import gotohotel.backend.payment.Payments;
import gotohotel.backend.reservation.Actor;
import java.time.Clock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Finishes stay changes a crash (or a provider that never answered) left between holding the nights added (or a dearer
 * room type's nights) and the charge's answer (decision record 52): it asks the provider by the change's id, then applies the change (or refunds
 * the charge when it is no longer possible), or lets the nights go when nothing was charged. A provider still
 * unreachable leaves the change for the next round.
 */
@Component
class StayChangeReconciler {

    private static final Logger log = LoggerFactory.getLogger(StayChangeReconciler.class);

    private final PendingStayChanges pending;
    private final StayExtensions extensions;
    private final RoomTypeChanges roomTypeChanges;
    private final Payments payments;
    private final OrderingProperties properties;
    private final Clock clock;

    StayChangeReconciler(PendingStayChanges pending, StayExtensions extensions, RoomTypeChanges roomTypeChanges,
                         Payments payments, OrderingProperties properties, Clock clock) {
        this.pending = pending;
        this.extensions = extensions;
        this.roomTypeChanges = roomTypeChanges;
        this.payments = payments;
        this.properties = properties;
        this.clock = clock;
    }

    @Scheduled(fixedDelayString = "${gotohotel.ordering.reconcile-interval}",
            initialDelayString = "${gotohotel.ordering.reconcile-interval}")
    void reconcile() {
        for (var change : pending.stuckSince(clock.instant().minus(properties.pendingPaymentTimeout()))) {
            try {
                resolve(change);
            } catch (RuntimeException e) {
                log.warn("Stay change {} of order {} not settled now; asking again later: {}", change.id(),
                        change.orderId(), e.toString());
            }
        }
    }

    void resolve(PendingStayChanges.Pending change) {
        var answer = payments.lookup(change.id());
        if (answer.isPresent() && answer.get().pending()) {
            return;
        }
        if (answer.isPresent() && answer.get().approved()) {
            var actor = "guest".equals(change.changedBy()) ? Actor.guest(clock.instant())
                    : Actor.staff(change.changedBy(), null, clock.instant());
            if (change.changesRoomType()) {
                roomTypeChanges.settle(change, answer.get(), actor);
            } else {
                extensions.settle(change, answer.get(), actor);
            }
        } else {
            var outcome = answer.isPresent() ? "DECLINED" : "PAYMENT_FAILED";
            if (change.changesRoomType()) {
                roomTypeChanges.abandon(change, outcome);
            } else {
                extensions.abandon(change, outcome);
            }
        }
        log.info("Reconciled stay change {} of order {}", change.id(), change.orderId());
    }
}
