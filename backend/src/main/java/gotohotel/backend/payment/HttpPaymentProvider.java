package gotohotel.backend.payment;

import gotohotel.backend.money.Money;
import java.math.BigDecimal;
import java.net.http.HttpClient;
import java.time.Duration;
import java.util.Optional;
import java.util.UUID;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.web.client.HttpClientErrorException;
import org.springframework.web.client.ResourceAccessException;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.RestClientResponseException;

/**
 * A payment provider over HTTP (JSON). The request shapes, documented in the README:
 * <ul>
 * <li>{@code POST /v1/authorizations} with header {@code Idempotency-Key: <orderId>} and body
 * {@code {orderId, amount, currency, card:{number, expiryMonth, expiryYear, cvc}}} →
 * {@code {status: APPROVED|DECLINED|PENDING, reference, declineReason}}; any status but APPROVED and
 * DECLINED is not final</li>
 * <li>{@code GET /v1/authorizations/{orderId}} → the same body (with {@code cardLast4} if the provider
 * has it), or 404 when the provider never saw it</li>
 * <li>{@code POST /v1/authorizations/{orderId}/refunds} with {@code Idempotency-Key: <refundId>} (each
 * refund of an order has its own) and body {@code {refundId, amount, currency}} → {@code {reference}}</li>
 * </ul>
 * Every call carries {@code Authorization: Bearer <api-key>}. Transport errors and 5xx become
 * {@link ProviderUnavailableException}.
 */
class HttpPaymentProvider implements PaymentProvider {

    private final RestClient http;

    HttpPaymentProvider(PaymentProperties.Http settings, Duration timeout) {
        var client = HttpClient.newBuilder().connectTimeout(timeout).build();
        var requests = new JdkClientHttpRequestFactory(client);
        requests.setReadTimeout(timeout);
        this.http = RestClient.builder()
                .baseUrl(settings.baseUrl().toString())
                .requestFactory(requests)
                .defaultHeader("Authorization", "Bearer " + settings.apiKey())
                .build();
    }

    @Override
    public Authorization authorize(UUID orderId, Money amount, Card card) {
        var body = new AuthorizationRequest(orderId, amount.amount(), amount.currencyCode(),
                new CardPayload(card.number().digits(), card.expiry().getMonthValue(), card.expiry().getYear(),
                        card.cvc()));
        var response = call(() -> http.post().uri("/v1/authorizations")
                .header("Idempotency-Key", orderId.toString())
                .contentType(MediaType.APPLICATION_JSON)
                .body(body)
                .retrieve()
                .body(AuthorizationResponse.class));
        return response.toAuthorization(card.number().last4());
    }

    @Override
    public Optional<Authorization> find(UUID orderId) {
        try {
            var response = call(() -> http.get().uri("/v1/authorizations/{orderId}", orderId)
                    .retrieve()
                    .body(AuthorizationResponse.class));
            return Optional.of(response.toAuthorization(response.cardLast4()));
        } catch (HttpClientErrorException.NotFound unknown) {
            return Optional.empty();
        }
    }

    @Override
    public String refund(UUID orderId, UUID refundId, Money amount) {
        var response = call(() -> http.post().uri("/v1/authorizations/{orderId}/refunds", orderId)
                .header("Idempotency-Key", refundId.toString())
                .contentType(MediaType.APPLICATION_JSON)
                .body(new RefundRequest(refundId, amount.amount(), amount.currencyCode()))
                .retrieve()
                .body(RefundResponse.class));
        return response.reference();
    }

    private static <T> T call(java.util.function.Supplier<T> request) {
        try {
            T result = request.get();
            if (result == null) {
                throw new ProviderUnavailableException("Payment provider sent an empty answer", null);
            }
            return result;
        } catch (ResourceAccessException e) {
            throw new ProviderUnavailableException("Payment provider unreachable", e);
        } catch (RestClientResponseException e) {
            HttpStatusCode status = e.getStatusCode();
            if (status.is5xxServerError() || status.value() == 429) {
                throw new ProviderUnavailableException("Payment provider answered " + status.value(), e);
            }
            throw e;
        }
    }

    record AuthorizationRequest(UUID orderId, BigDecimal amount, String currency, CardPayload card) {
    }

    record CardPayload(String number, int expiryMonth, int expiryYear, String cvc) {

        @Override
        public String toString() {
            return "CardPayload[redacted]";
        }
    }

    record AuthorizationResponse(String status, String reference, String declineReason, String cardLast4) {

        Authorization toAuthorization(String last4) {
            if ("APPROVED".equalsIgnoreCase(status)) {
                return Authorization.approved(reference, last4);
            }
            if ("DECLINED".equalsIgnoreCase(status)) {
                return Authorization.declined(declineReason == null ? "declined" : declineReason, last4);
            }
            return Authorization.pending(reference, last4);
        }
    }

    record RefundRequest(UUID refundId, BigDecimal amount, String currency) {
    }

    record RefundResponse(String reference) {
    }
}
