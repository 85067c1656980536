package gotohotel.backend.payment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import gotohotel.backend.money.Money;
import gotohotel.shared.event.Booking;
import gotohotel.shared.event.PaymentDeclined;
import gotohotel.shared.event.PaymentRefunded;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.data.domain.AbstractAggregateRoot;
import org.springframework.test.util.ReflectionTestUtils;

class PaymentTests {

    private static final Instant NOW = Instant.parse("2026-11-25T01:00:00Z");
    private static final Booking BOOKING = new Booking("Kim Minji", "01012345678", "DELUXE",
            LocalDate.of(2026, 12, 15), LocalDate.of(2026, 12, 17), 2);

    @Test
    void refundsNeverExceedWhatWasPaidAndAskingTwiceOwesNothingMore() {
        var payment = approved("360000");

        var first = payment.owe(krw("180000"), RefundCause.GUEST_CANCELLATION, NOW).orElseThrow();
        assertThat(payment.owe(krw("180000"), RefundCause.GUEST_CANCELLATION, NOW)).isEmpty();
        var rest = payment.owe(krw("500000"), RefundCause.HOTEL_REJECTION, NOW).orElseThrow();

        assertThat(first.amount().amount()).isEqualByComparingTo("180000");
        assertThat(rest.amount().amount()).isEqualByComparingTo("180000");
        assertThat(first.id()).isNotEqualTo(rest.id());
        assertThat(payment.owe(krw("360000"), RefundCause.LATE_APPROVAL, NOW)).isEmpty();
        assertThat(payment.summary().status()).isEqualTo(PaymentStatus.REFUND_PENDING);
    }

    @Test
    void aRefundTheProviderAcceptedIsAnnouncedAndTheLastOneMakesThePaymentRefunded() {
        var payment = approved("360000");
        var first = payment.owe(krw("240000"), RefundCause.GUEST_CANCELLATION, NOW).orElseThrow();
        var second = payment.owe(krw("360000"), RefundCause.HOTEL_REJECTION, NOW).orElseThrow();

        payment.refunded(first, NOW);
        assertThat(payment.summary().status()).isEqualTo(PaymentStatus.REFUND_PENDING);
        payment.refunded(second, NOW);

        assertThat(payment.summary().status()).isEqualTo(PaymentStatus.REFUNDED);
        assertThat(payment.summary().refunded().amount()).isEqualByComparingTo("360000");
        assertThat(events(payment)).hasSize(2).allSatisfy(e -> assertThat(e).isInstanceOf(PaymentRefunded.class));
    }

    @Test
    void aDeclineAnnouncesItselfWithTheBookingWhileAnApprovalLeavesItToTheOrderAndALateOneToNoOne() {
        var approved = Payment.authorized(UUID.randomUUID(), krw("240000"), Authorization.approved("ref", "4242"),
                BOOKING, NOW);
        var declined = Payment.authorized(UUID.randomUUID(), krw("240000"),
                Authorization.declined("card_declined", "0002"), BOOKING, NOW);
        var late = Payment.approvedAfterTheOrderFailed(UUID.randomUUID(), krw("240000"),
                Authorization.approved("ref", "4242"), NOW);

        assertThat(events(approved)).as("the order announces OrderPaid").isEmpty();
        assertThat(events(declined)).singleElement().isInstanceOfSatisfying(PaymentDeclined.class, decline -> {
            assertThat(decline.booking()).isEqualTo(BOOKING);
            assertThat(decline.amount()).isEqualByComparingTo("240000");
            assertThat(decline.reason()).isEqualTo("card_declined");
        });
        assertThat(events(late)).isEmpty();
    }

    @Test
    void aDeclinedPaymentHasNothingToRefundAndAPendingAnswerIsNoPayment() {
        var declined = new Payment(UUID.randomUUID(), krw("120000"), Authorization.declined("card_declined", "0002"), NOW);

        assertThat(declined.summary().status()).isEqualTo(PaymentStatus.DECLINED);
        assertThatThrownBy(() -> declined.owe(krw("120000"), RefundCause.HOTEL_REJECTION, NOW))
                .isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> new Payment(UUID.randomUUID(), krw("120000"), Authorization.pending("ref", "4242"),
                NOW)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void providerStringsAreCutToTheirColumns() {
        var authorization = new Authorization(Authorization.Outcome.DECLINED, "r".repeat(300), "424242",
                "d".repeat(1000));

        assertThat(authorization.reference()).hasSize(100);
        assertThat(authorization.declineReason()).hasSize(200);
        assertThat(authorization.cardLast4()).isEqualTo("4242");
        var refund = Refund.owed(UUID.randomUUID(), krw("1000"), RefundCause.GUEST_CANCELLATION, NOW);
        refund.failed("e".repeat(5000));
        refund.succeeded("x".repeat(500), NOW);
        assertThat((String) ReflectionTestUtils.getField(refund, "providerReference")).hasSize(100);
    }

    @SuppressWarnings("unchecked")
    private static java.util.Collection<Object> events(Payment payment) {
        return (java.util.Collection<Object>) ReflectionTestUtils.invokeMethod(payment, "domainEvents");
    }

    private static Payment approved(String amount) {
        return new Payment(UUID.randomUUID(), krw(amount), Authorization.approved("ref", "4242"), NOW);
    }

    private static Money krw(String amount) {
        return Money.of(new BigDecimal(amount), "KRW");
    }
}
