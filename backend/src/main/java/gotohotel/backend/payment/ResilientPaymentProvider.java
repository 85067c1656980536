package gotohotel.backend.payment;

import gotohotel.backend.money.Money;
import io.github.resilience4j.circuitbreaker.CallNotPermittedException;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.timelimiter.TimeLimiter;
import java.time.Duration;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeoutException;
import java.util.function.Supplier;

/**
 * Every provider call goes through a time limit and a circuit breaker. A call that fails, times out or
 * is refused by the open circuit becomes a {@link PaymentUnavailableException} with a Retry-After, so
 * the guest is answered fast and asked to retry later.
 */
class ResilientPaymentProvider implements PaymentProvider, AutoCloseable {

    private static final Duration RETRY_AFTER_FAILURE = Duration.ofSeconds(5);

    private final PaymentProvider delegate;
    private final CircuitBreaker circuitBreaker;
    private final TimeLimiter timeLimiter;
    private final ExecutorService executor;

    ResilientPaymentProvider(PaymentProvider delegate, CircuitBreaker circuitBreaker, TimeLimiter timeLimiter,
                             ExecutorService executor) {
        this.delegate = delegate;
        this.circuitBreaker = circuitBreaker;
        this.timeLimiter = timeLimiter;
        this.executor = executor;
    }

    @Override
    public Authorization authorize(UUID orderId, Money amount, Card card) {
        return guarded(() -> delegate.authorize(orderId, amount, card));
    }

    @Override
    public Optional<Authorization> find(UUID orderId) {
        return guarded(() -> delegate.find(orderId));
    }

    @Override
    public String refund(UUID orderId, UUID refundId, Money amount) {
        return guarded(() -> delegate.refund(orderId, refundId, amount));
    }

    private <T> T guarded(Supplier<T> call) {
        Callable<T> limited = () -> timeLimiter.executeFutureSupplier(() -> executor.submit(call::get));
        try {
            return circuitBreaker.executeCallable(limited);
        } catch (CallNotPermittedException open) {
            throw new PaymentUnavailableException("Payments are paused for a moment; please retry shortly.",
                    retryAfterOpenCircuit());
        } catch (TimeoutException slow) {
            throw new PaymentUnavailableException("The payment provider did not answer in time; please retry.",
                    RETRY_AFTER_FAILURE, true);
        } catch (ProviderUnavailableException down) {
            throw new PaymentUnavailableException("The payment provider is unavailable; please retry.",
                    RETRY_AFTER_FAILURE, true);
        } catch (RejectedExecutionException saturated) {
            throw new PaymentUnavailableException("Payments are busy; please retry shortly.", RETRY_AFTER_FAILURE);
        } catch (RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException("Payment provider call failed", e);
        }
    }

    @Override
    public void close() {
        executor.shutdownNow();
    }

    private Duration retryAfterOpenCircuit() {
        return circuitBreaker.getCircuitBreakerConfig().getWaitIntervalFunctionInOpenState().apply(1) > 0
                ? Duration.ofMillis(circuitBreaker.getCircuitBreakerConfig().getWaitIntervalFunctionInOpenState()
                .apply(1))
                : RETRY_AFTER_FAILURE;
    }
}
