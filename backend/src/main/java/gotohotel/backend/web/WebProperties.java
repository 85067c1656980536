package gotohotel.backend.web;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The public port's edge.
 *
 * @param orderRateLimit how many orders one client address may place
 */
@ConfigurationProperties("gotohotel.web")
record WebProperties(@DefaultValue OrderRateLimit orderRateLimit) {

    /**
     * Order placement ({@code POST /api/orders}) per client address, in memory per instance: a bucket of
     * {@code orders} that refills one order every {@code per} / {@code orders}; an empty bucket is answered 429
     * {@code too-many-orders} with {@code Retry-After}, before anything is checked or charged. The client address is
     * the connection's peer unless {@code server.forward-headers-strategy=native} names a reverse proxy's
     * {@code X-Forwarded-For} (decision record 54).
     *
     * @param enabled whether order placement is limited
     * @param orders orders one address may place in a burst (and within {@code per})
     * @param per the time the whole burst takes to come back
     * @param maxClients addresses remembered at most; the least recently seen are forgotten first
     */
    record OrderRateLimit(@DefaultValue("true") boolean enabled, @DefaultValue("20") int orders,
                          @DefaultValue("10m") Duration per, @DefaultValue("10000") int maxClients) {

        OrderRateLimit {
            if (orders < 1 || maxClients < 1) {
                throw new IllegalArgumentException("gotohotel.web.order-rate-limit: orders and max-clients must be >= 1");
            }
            if (per.isNegative() || per.isZero()) {
                throw new IllegalArgumentException("gotohotel.web.order-rate-limit.per must be positive");
            }
        }
    }
}
