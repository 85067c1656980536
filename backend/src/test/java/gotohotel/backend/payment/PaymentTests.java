package gotohotel.backend.payment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import gotohotel.backend.common.Money;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class PaymentTests {

    private static final Instant NOW = Instant.parse("2026-11-25T01:00:00Z");

    @Test
    void refundsNeverExceedWhatWasPaid() {
        var payment = approved("360000");

        assertThat(payment.outstandingRefund(krw("500000")).amount()).isEqualByComparingTo("360000");
        payment.refunded(krw("180000"), NOW);
        assertThat(payment.outstandingRefund(krw("360000")).amount()).isEqualByComparingTo("180000");
        payment.refunded(krw("180000"), NOW);
        assertThat(payment.outstandingRefund(krw("360000")).isPositive()).isFalse();
        assertThat(payment.summary().status()).isEqualTo(PaymentStatus.REFUNDED);
    }

    @Test
    void aDeclinedPaymentHasNothingToRefund() {
        var declined = new Payment(UUID.randomUUID(), krw("120000"), Authorization.declined("card_declined", "0002"), NOW);

        assertThat(declined.summary().status()).isEqualTo(PaymentStatus.DECLINED);
        assertThatThrownBy(() -> declined.outstandingRefund(krw("120000"))).isInstanceOf(IllegalStateException.class);
    }

    private static Payment approved(String amount) {
        return new Payment(UUID.randomUUID(), krw(amount), Authorization.approved("ref", "4242"), NOW);
    }

    private static Money krw(String amount) {
        return Money.of(new BigDecimal(amount), "KRW");
    }
}
