package gotohotel.backend.events;

import org.springframework.boot.health.contributor.AbstractHealthIndicator;
import org.springframework.boot.health.contributor.Health;
import org.springframework.stereotype.Component;

/**
 * Shows which records the event consumers are retrying after a transient failure (topic, partition,
 * offset, attempts, since when, exception type). Always UP: a consumer waiting for the database or the
 * payment provider is working as designed and must not take the instance out of service; it is kept out
 * of the readiness group.
 */
@Component("consumers")
class ConsumersHealthIndicator extends AbstractHealthIndicator {

    private final ConsumerRetries retries;

    ConsumersHealthIndicator(ConsumerRetries retries) {
        this.retries = retries;
    }

    @Override
    protected void doHealthCheck(Health.Builder builder) {
        var retrying = retries.current();
        builder.up().withDetail("retrying", retrying.size()).withDetail("records", retrying);
    }
}
