package gotohotel.backend.payment;

import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.circuitbreaker.CircuitBreakerConfig;
import io.github.resilience4j.circuitbreaker.CircuitBreakerRegistry;
import io.github.resilience4j.micrometer.tagged.TaggedCircuitBreakerMetrics;
import io.github.resilience4j.timelimiter.TimeLimiter;
import io.github.resilience4j.timelimiter.TimeLimiterConfig;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;

/** Chooses the provider adapter and puts it behind the time limit and the circuit breaker. */
@Configuration(proxyBeanMethods = false)
class PaymentConfiguration {

    @Bean
    CircuitBreakerRegistry paymentCircuitBreakers(PaymentProperties properties, MeterRegistry meters) {
        var settings = properties.circuitBreaker();
        var config = CircuitBreakerConfig.custom()
                .slidingWindowType(CircuitBreakerConfig.SlidingWindowType.COUNT_BASED)
                .slidingWindowSize(settings.slidingWindowSize())
                .minimumNumberOfCalls(settings.minimumCalls())
                .failureRateThreshold(settings.failureRateThreshold())
                .slowCallDurationThreshold(settings.slowCallDuration())
                .slowCallRateThreshold(settings.slowCallRateThreshold())
                .waitDurationInOpenState(settings.openDuration())
                .permittedNumberOfCallsInHalfOpenState(settings.halfOpenCalls())
                .automaticTransitionFromOpenToHalfOpenEnabled(false)
                .recordExceptions(ProviderUnavailableException.class, java.util.concurrent.TimeoutException.class)
                .build();
        var registry = CircuitBreakerRegistry.of(config);
        TaggedCircuitBreakerMetrics.ofCircuitBreakerRegistry(registry).bindTo(meters);
        return registry;
    }

    /** Provider calls run on their own bounded pool, so the time limiter can abandon a slow one. */
    @Bean
    ResilientPaymentProvider paymentProvider(PaymentProperties properties, CircuitBreakerRegistry breakers,
                                             JdbcTemplate jdbc, PlatformTransactionManager transactions, Clock clock) {
        PaymentProvider adapter = "http".equalsIgnoreCase(properties.provider())
                ? new HttpPaymentProvider(properties.http(), properties.timeout())
                : new SimulatedPaymentProvider(jdbc, transactions, clock, properties.simulated().latency());
        CircuitBreaker breaker = breakers.circuitBreaker("payment-provider");
        TimeLimiter limiter = TimeLimiter.of(TimeLimiterConfig.custom()
                .timeoutDuration(properties.timeout())
                .cancelRunningFuture(true)
                .build());
        return new ResilientPaymentProvider(adapter, breaker, limiter, paymentCallPool());
    }

    /** Not a bean: an Executor bean would make Spring Boot drop its own task executor used by @Async. */
    private static ExecutorService paymentCallPool() {
        var threads = new AtomicInteger();
        return new ThreadPoolExecutor(16, 64, 60, TimeUnit.SECONDS, new ArrayBlockingQueue<>(256),
                task -> {
                    var thread = new Thread(task, "payment-call-" + threads.incrementAndGet());
                    thread.setDaemon(true);
                    return thread;
                });
    }
}
