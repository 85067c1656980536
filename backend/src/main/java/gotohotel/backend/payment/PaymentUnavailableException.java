package gotohotel.backend.payment;

import gotohotel.backend.domain.TemporarilyUnavailableException;
import gotohotel.backend.events.TransientFailure;
import java.time.Duration;

/**
 * The provider is down, too slow, or the circuit breaker is open: the guest should retry later. When the
 * call reached the provider and its answer was lost ({@link #reachedProvider()}), a late approval is
 * looked for and refunded.
 */
public class PaymentUnavailableException extends TemporarilyUnavailableException implements TransientFailure {

    private final boolean reachedProvider;

    public PaymentUnavailableException(String detail, Duration retryAfter) {
        this(detail, retryAfter, false);
    }

    public PaymentUnavailableException(String detail, Duration retryAfter, boolean reachedProvider) {
        super("payment-unavailable", "Payment temporarily unavailable", detail, retryAfter);
        this.reachedProvider = reachedProvider;
    }

    /** Whether the provider may have processed the call even though we got no answer. */
    public boolean reachedProvider() {
        return reachedProvider;
    }
}
