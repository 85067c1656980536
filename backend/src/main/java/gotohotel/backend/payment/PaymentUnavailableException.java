package gotohotel.backend.payment;

import gotohotel.backend.common.ApiException;
import java.time.Duration;
import java.util.List;
import org.springframework.http.HttpStatus;

/** The provider is down, too slow, or the circuit breaker is open: nothing was charged; retry later. */
public class PaymentUnavailableException extends ApiException {

    public PaymentUnavailableException(String detail, Duration retryAfter) {
        super(HttpStatus.SERVICE_UNAVAILABLE, "payment-unavailable", "Payment temporarily unavailable", detail,
                List.of(), retryAfter);
    }
}
