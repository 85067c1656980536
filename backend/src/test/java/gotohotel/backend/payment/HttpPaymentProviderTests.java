package gotohotel.backend.payment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import gotohotel.backend.money.Money;
import java.math.BigDecimal;
import java.net.URI;
import java.time.Duration;
import java.time.LocalDate;
import java.util.UUID;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class HttpPaymentProviderTests {

    private final MockWebServer server = new MockWebServer();
    private HttpPaymentProvider provider;
    private final Card card = Card.of("4242 4242 4242 4242", "12/30", "123", LocalDate.of(2026, 11, 25));

    @BeforeEach
    void start() throws Exception {
        server.start();
        provider = new HttpPaymentProvider(new PaymentProperties.Http(URI.create(server.url("/").toString()),
                "sk_test_key"), Duration.ofSeconds(2));
    }

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void authorisesWithTheOrderIdAsIdempotencyKey() throws Exception {
        server.enqueue(json("{\"status\":\"APPROVED\",\"reference\":\"ch_1\"}"));
        UUID orderId = UUID.randomUUID();

        var authorization = provider.authorize(orderId, Money.of(new BigDecimal("240000"), "KRW"), card);

        assertThat(authorization).isEqualTo(Authorization.approved("ch_1", "4242"));
        var request = server.takeRequest();
        assertThat(request.getMethod()).isEqualTo("POST");
        assertThat(request.getTarget()).isEqualTo("/v1/authorizations");
        assertThat(request.getHeaders().get("Idempotency-Key")).isEqualTo(orderId.toString());
        assertThat(request.getHeaders().get("Authorization")).isEqualTo("Bearer sk_test_key");
        assertThat(request.getBody().utf8()).contains("\"orderId\":\"" + orderId + "\"", "\"amount\":240000",
                "\"currency\":\"KRW\"", "\"number\":\"4242424242424242\"", "\"expiryMonth\":12", "\"expiryYear\":2030");
    }

    @Test
    void reportsADecline() {
        server.enqueue(json("{\"status\":\"DECLINED\",\"declineReason\":\"insufficient_funds\"}"));

        var authorization = provider.authorize(UUID.randomUUID(), Money.of(BigDecimal.TEN, "KRW"), card);

        assertThat(authorization.approved()).isFalse();
        assertThat(authorization.declineReason()).isEqualTo("insufficient_funds");
    }

    @Test
    void serverErrorsAndTooManyRequestsMeanUnavailable() {
        server.enqueue(new MockResponse.Builder().code(502).build());
        server.enqueue(new MockResponse.Builder().code(429).build());

        for (int i = 0; i < 2; i++) {
            assertThatThrownBy(() -> provider.authorize(UUID.randomUUID(), Money.of(BigDecimal.TEN, "KRW"), card))
                    .isInstanceOf(ProviderUnavailableException.class);
        }
    }

    @Test
    void findsNothingForAnOrderTheProviderNeverSaw() {
        server.enqueue(new MockResponse.Builder().code(404).build());

        assertThat(provider.find(UUID.randomUUID())).isEmpty();
    }

    @Test
    void eachRefundHasItsOwnIdempotencyKey() throws Exception {
        server.enqueue(json("{\"reference\":\"re_1\"}"));
        server.enqueue(json("{\"reference\":\"re_2\"}"));
        UUID orderId = UUID.randomUUID();
        UUID first = UUID.randomUUID();
        UUID second = UUID.randomUUID();

        assertThat(provider.refund(orderId, first, Money.of(new BigDecimal("120000"), "KRW"))).isEqualTo("re_1");
        assertThat(provider.refund(orderId, second, Money.of(new BigDecimal("60000"), "KRW"))).isEqualTo("re_2");

        var request = server.takeRequest();
        assertThat(request.getTarget()).isEqualTo("/v1/authorizations/" + orderId + "/refunds");
        assertThat(request.getHeaders().get("Idempotency-Key")).isEqualTo(first.toString());
        assertThat(server.takeRequest().getHeaders().get("Idempotency-Key")).isEqualTo(second.toString());
    }

    @Test
    void aPendingOrUnknownStatusIsNotFinal() {
        server.enqueue(json("{\"status\":\"PENDING\",\"reference\":\"ch_9\"}"));
        server.enqueue(json("{\"status\":\"PROCESSING\"}"));

        assertThat(provider.find(UUID.randomUUID())).hasValueSatisfying(a -> {
            assertThat(a.pending()).isTrue();
            assertThat(a.approved()).isFalse();
        });
        assertThat(provider.authorize(UUID.randomUUID(), Money.of(BigDecimal.TEN, "KRW"), card).pending()).isTrue();
    }

    @Test
    void overLongProviderStringsAreCutToTheirColumns() {
        server.enqueue(json("{\"status\":\"DECLINED\",\"declineReason\":\"" + "x".repeat(5000) + "\"}"));

        var declined = provider.authorize(UUID.randomUUID(), Money.of(BigDecimal.TEN, "KRW"), card);

        assertThat(declined.declineReason()).hasSize(200);
    }

    private static MockResponse json(String body) {
        return new MockResponse.Builder().code(200).addHeader("Content-Type", "application/json").body(body).build();
    }
}
