package gotohotel.backend.web;

import java.time.Duration;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The public port's edge.
 *
 * @param trustedProxies the reverse proxies (addresses or CIDR ranges, e.g. {@code 10.0.0.0/8}) whose
 *                       {@code X-Forwarded-For} is believed: a request from one of them is from the last address in
 *                       that header that is not itself a trusted proxy. Empty (the default): the header is ignored and
 *                       the client is the connection's peer, since anyone can send it
 * @param orderRateLimit how many orders one client address may place
 */
@ConfigurationProperties("gotohotel.web")
record WebProperties(@DefaultValue List<String> trustedProxies, @DefaultValue OrderRateLimit orderRateLimit) {

    WebProperties {
        trustedProxies = List.copyOf(trustedProxies);
    }

    /**
     * Order placement ({@code POST /api/orders}) per client address, in memory per instance: a bucket of
     * {@code orders} that refills one order every {@code per} / {@code orders}; an empty bucket is answered 429
     * {@code too-many-orders} with {@code Retry-After}, before anything is checked or charged.
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
