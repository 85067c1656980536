package gotohotel.backend.payment;

import java.net.URI;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Payment settings.
 *
 * @param provider {@code simulated} (built in; its ledger is in the database) or {@code http}
 * @param timeout longest wait for one provider call
 * @param http the {@code http} provider
 * @param simulated the {@code simulated} provider
 * @param circuitBreaker when provider calls are cut off (Resilience4j); an open circuit answers guests 503
 * @param lateApprovalCheckAfter how long after a lost authorisation to ask the provider whether it was approved
 *     (doubled for each later look-up that finds no final answer, at most {@code lateApprovalMaxDelay})
 * @param lateApprovalMaxDelay longest wait between two look-ups of a lost authorisation
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
     *
     * @param firstDelay wait before a refund the provider did not accept is sent again (doubled per attempt; retried forever)
     * @param maxDelay longest wait between two attempts at one refund
     * @param interval how often due refunds are sent again
     * @param alertAfter a refund owed longer shows {@code stuck: true} in the {@code refunds} health detail
     */
    record RefundRetry(Duration firstDelay, Duration maxDelay, Duration interval, Duration alertAfter) {
    }

    /**
     * A real provider over HTTP.
     *
     * @param baseUrl the provider's address
     * @param apiKey sent as {@code Authorization: Bearer <api-key>} (never logged)
     */
    record Http(URI baseUrl, String apiKey) {

        @Override
        public String toString() {
            return "Http[baseUrl=" + baseUrl + "]";
        }
    }

    /**
     * The built-in provider.
     *
     * @param latency added to every call, to imitate a remote provider
     */
    record Simulated(Duration latency) {
    }

    /**
     * Resilience4j circuit breaker settings for provider calls; transport errors, 5xx and 429 count as failures.
     *
     * @param failureRateThreshold percentage of failed calls in the window that opens the circuit
     * @param slowCallDuration a call longer than this counts as slow
     * @param slowCallRateThreshold percentage of slow calls in the window that opens the circuit
     * @param slidingWindowSize calls the rates are measured over
     * @param minimumCalls calls needed before the rates count
     * @param openDuration how long an open circuit refuses calls before it lets a few through
     * @param halfOpenCalls calls let through to decide whether the circuit closes again
     */
    record CircuitBreakerSettings(float failureRateThreshold, Duration slowCallDuration, float slowCallRateThreshold,
                                  int slidingWindowSize, int minimumCalls, Duration openDuration, int halfOpenCalls) {
    }
}
