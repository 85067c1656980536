package gotohotel.backend.payment;

import java.time.Clock;
import java.time.Duration;
import org.springframework.boot.health.contributor.AbstractHealthIndicator;
import org.springframework.boot.health.contributor.Health;
import org.springframework.stereotype.Component;

/**
 * Health detail {@code refunds}: how many refunds are still owed and since when. It stays UP (a provider
 * outage must not take the booking API out of service) but shows a refund stuck longer than the alert
 * threshold as {@code stuck: true}.
 */
@Component
class RefundsHealthIndicator extends AbstractHealthIndicator {

    private final RefundRepository refunds;
    private final Clock clock;
    private final Duration alertAfter;

    RefundsHealthIndicator(RefundRepository refunds, Clock clock, PaymentProperties properties) {
        this.refunds = refunds;
        this.clock = clock;
        this.alertAfter = properties.refundRetry().alertAfter();
    }

    @Override
    protected void doHealthCheck(Health.Builder builder) {
        long pending = refunds.countByStatus(RefundStatus.PENDING);
        builder.up().withDetail("pending", pending);
        refunds.oldestPendingSince().ifPresent(since -> builder.withDetail("oldestPendingSince", since.toString())
                .withDetail("stuck", since.plus(alertAfter).isBefore(clock.instant())));
    }
}
