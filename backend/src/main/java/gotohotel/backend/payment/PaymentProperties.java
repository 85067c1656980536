package gotohotel.backend.payment;

import java.net.URI;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Payment settings.
 *
 * @param provider {@code simulated} (built in) or {@code http}
 * @param timeout longest wait for one provider call
 * @param lateApprovalCheckAfter how long after a lost authorisation to ask the provider whether it was approved
 *     (doubled for each later look-up that finds no final answer, at most {@code lateApprovalMaxDelay})
 * @param refundRetry how refunds the provider did not accept are tried again
 */
@ConfigurationProperties("gotohotel.payment")
record PaymentProperties(String provider, Duration timeout, Http http, Simulated simulated,
                         CircuitBreakerSettings circuitBreaker, Duration lateApprovalCheckAfter,
                         Duration lateApprovalMaxDelay, RefundRetry refundRetry) {

    /**
     * Refunds are tried again after {@code firstDelay}, doubled per attempt up to {@code maxDelay}, forever;
     * the job looks for due refunds every {@code interval}; a refund owed longer than {@code alertAfter}
     * shows as stuck in the health details.
     */
    record RefundRetry(Duration firstDelay, Duration maxDelay, Duration interval, Duration alertAfter) {
    }

    /** A real provider over HTTP. */
    record Http(URI baseUrl, String apiKey) {

        @Override
        public String toString() {
            return "Http[baseUrl=" + baseUrl + "]";
        }
    }

    /** The built-in provider; {@code latency} imitates a remote call. */
    record Simulated(Duration latency) {
    }

    /** Resilience4j circuit breaker settings for provider calls. */
    record CircuitBreakerSettings(float failureRateThreshold, Duration slowCallDuration, float slowCallRateThreshold,
                                  int slidingWindowSize, int minimumCalls, Duration openDuration, int halfOpenCalls) {
    }
}
