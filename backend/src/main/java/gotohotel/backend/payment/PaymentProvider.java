package gotohotel.backend.payment;

import gotohotel.backend.money.Money;
import java.util.Optional;
import java.util.UUID;

/**
 * The port to a payment provider. The order id is the authorisation's idempotency key: authorising the
 * same order twice charges once; each refund has its own id, its idempotency key: sending the same refund
 * twice refunds once. Implementations throw {@link ProviderUnavailableException} for transport errors and 5xx.
 */
interface PaymentProvider {

    Authorization authorize(UUID orderId, Money amount, Card card);

    Optional<Authorization> find(UUID orderId);

    /** @return the provider's refund reference */
    String refund(UUID orderId, UUID refundId, Money amount);
}
