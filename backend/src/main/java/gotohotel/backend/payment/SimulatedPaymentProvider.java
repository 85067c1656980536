package gotohotel.backend.payment;

import gotohotel.backend.common.Money;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.LockSupport;

/**
 * The built-in provider: approves every Luhn-valid card except the well-known test cards that decline
 * ({@code 4000000000000002} generic decline, {@code 4000000000009995} insufficient funds). It keeps its
 * authorisations in memory, keyed by order id, so authorising twice charges once.
 */
class SimulatedPaymentProvider implements PaymentProvider {

    private static final Map<String, String> DECLINING_CARDS = Map.of(
            "4000000000000002", "card_declined",
            "4000000000009995", "insufficient_funds");

    private final Map<UUID, Authorization> authorizations = new ConcurrentHashMap<>();
    private final Duration latency;

    SimulatedPaymentProvider(Duration latency) {
        this.latency = latency;
    }

    @Override
    public Authorization authorize(UUID orderId, Money amount, Card card) {
        pause();
        return authorizations.computeIfAbsent(orderId, id -> {
            String decline = DECLINING_CARDS.get(card.number().digits());
            return decline != null
                    ? Authorization.declined(decline, card.number().last4())
                    : Authorization.approved("sim_" + UUID.randomUUID(), card.number().last4());
        });
    }

    @Override
    public Optional<Authorization> find(UUID orderId) {
        pause();
        return Optional.ofNullable(authorizations.get(orderId));
    }

    @Override
    public String refund(UUID orderId, Money amount) {
        pause();
        var authorization = authorizations.get(orderId);
        if (authorization == null || !authorization.approved()) {
            throw new IllegalStateException("No approved authorisation for order " + orderId);
        }
        return "sim_refund_" + orderId;
    }

    private void pause() {
        if (!latency.isZero()) {
            LockSupport.parkNanos(latency.toNanos());
        }
    }
}
