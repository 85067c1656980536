package gotohotel.backend.web;

import gotohotel.backend.domain.ThrottledException;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Limits order placement per client address ({@link WebProperties.OrderRateLimit}, decision record 54): each
 * address has a bucket of orders that refills steadily; a {@code POST /api/orders} finding it empty is refused with
 * 429 {@code too-many-orders} and {@code Retry-After} before its body is read ({@link OrderRateLimitRegistration}),
 * so card testing from one address costs the provider nothing. Every attempt counts, whatever its answer. In memory, per instance.
 *
 * <p>The address is the request's remote address: the connection's peer, or — behind a reverse proxy, with
 * {@code server.forward-headers-strategy=native} — the last {@code X-Forwarded-For} hop Tomcat's {@code RemoteIpValve}
 * finds before the proxies {@code server.tomcat.remoteip.internal-proxies} trusts. A client's own X-Forwarded-For is
 * never believed.
 */
@Component
class OrderRateLimit {

    private static final Logger log = LoggerFactory.getLogger(OrderRateLimit.class);

    private final WebProperties.OrderRateLimit limit;
    private final Clock clock;
    private final Counter throttled;
    private final double ordersPerSecond;
    private final Map<String, Bucket> buckets;

    OrderRateLimit(WebProperties properties, Clock clock, MeterRegistry meters) {
        this.limit = properties.orderRateLimit();
        this.clock = clock;
        this.throttled = Counter.builder("gotohotel.orders.throttled")
                .description("Orders refused with 429 because their client address placed too many").register(meters);
        this.ordersPerSecond = limit.orders() / (limit.per().toNanos() / 1e9);
        this.buckets = new LinkedHashMap<>(64, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, Bucket> eldest) {
                return size() > limit.maxClients();
            }
        };
    }

    boolean enabled() {
        return limit.enabled();
    }

    /** Takes one order from the address's bucket, or refuses with the time until the next one is back. */
    synchronized void take(String address) {
        Instant now = clock.instant();
        Bucket bucket = buckets.computeIfAbsent(address, unused -> new Bucket(limit.orders(), now));
        double elapsed = Math.max(0, Duration.between(bucket.at, now).toNanos() / 1e9);
        bucket.orders = Math.min(limit.orders(), bucket.orders + elapsed * ordersPerSecond);
        bucket.at = now;
        if (bucket.orders >= 1) {
            bucket.orders -= 1;
            return;
        }
        long seconds = Math.max(1, (long) Math.ceil((1 - bucket.orders) / ordersPerSecond));
        throttled.increment();
        log.debug("Throttled an order from {}", address);
        throw new ThrottledException("too-many-orders", "Too many orders",
                "Too many orders from your address; try again in " + seconds + " seconds.", Duration.ofSeconds(seconds));
    }

    private static final class Bucket {
        double orders;
        Instant at;

        Bucket(double orders, Instant at) {
            this.orders = orders;
            this.at = at;
        }
    }
}
