package gotohotel.backend.ordering;

import java.time.Duration;
import java.time.ZoneId;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Ordering rules.
 *
 * @param hotelZone the hotel's time zone: "today", check-in days and cancellation deadlines are local to it
 * @param freeCancellationDays days before check-in until which cancelling is free; after that the first night is kept
 * @param maxNights longest stay one order may book
 * @param pendingPaymentTimeout age after which the reconciler resolves an order stuck in PENDING_PAYMENT
 * @param reconcileInterval how often the reconciler looks for such orders
 */
@ConfigurationProperties("gotohotel.ordering")
record OrderingProperties(ZoneId hotelZone, int freeCancellationDays, int maxNights, Duration pendingPaymentTimeout,
                          Duration reconcileInterval) {
}
