package gotohotel.backend.ordering;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import gotohotel.backend.domain.IllegalTransitionException;
import gotohotel.backend.inventory.Stay;
import gotohotel.backend.money.Money;
import gotohotel.shared.event.OrderCancelled;
import gotohotel.shared.event.OrderNoShow;
import gotohotel.shared.event.OrderPlaced;
import gotohotel.shared.event.OrderStayChanged;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.test.util.ReflectionTestUtils;

class OrderTests {

    private static final Instant NOW = Instant.parse("2026-11-25T01:00:00Z");
    private static final Instant FREE_UNTIL = Instant.parse("2026-12-07T15:00:00Z");

    @Test
    void placedOrderWaitsForPaymentAndRecordsOrderPlaced() {
        var order = order();

        assertThat(order.status()).isEqualTo(OrderStatus.PENDING_PAYMENT);
        assertThat(events(order)).singleElement().isInstanceOf(OrderPlaced.class);
    }

    @Test
    void paidOrderFollowsTheReservationForwardOnly() {
        var order = order();
        order.markPaid(NOW);

        assertThat(order.follow(OrderStatus.CONFIRMED, NOW)).isTrue();
        assertThat(order.follow(OrderStatus.CONFIRMED, NOW)).isFalse();
        assertThat(order.follow(OrderStatus.CHECKED_IN, NOW)).isTrue();
        assertThat(order.follow(OrderStatus.CONFIRMED, NOW)).isFalse();
        assertThat(order.follow(OrderStatus.CHECKED_OUT, NOW)).isTrue();
        assertThat(order.status()).isEqualTo(OrderStatus.CHECKED_OUT);
    }

    @Test
    void aCheckOutArrivingBeforeTheConfirmationAndCheckInStillEndsCheckedOut() {
        var order = order();
        order.markPaid(NOW);

        assertThat(order.follow(OrderStatus.CHECKED_OUT, NOW)).isTrue();
        assertThat(order.follow(OrderStatus.CONFIRMED, NOW)).isFalse();
        assertThat(order.follow(OrderStatus.CHECKED_IN, NOW)).isFalse();
        assertThat(order.status()).isEqualTo(OrderStatus.CHECKED_OUT);
    }

    @Test
    void cancellationIsFreeBeforeTheDeadlineAndKeepsTheFirstNightAfter() {
        var order = order();
        order.markPaid(NOW);

        assertThat(order.refundIfCancelledAt(FREE_UNTIL.minusSeconds(1)).amount()).isEqualByComparingTo("360000");
        assertThat(order.refundIfCancelledAt(FREE_UNTIL).amount()).isEqualByComparingTo("180000");
    }

    @Test
    void cancellingRecordsTheRefundedAmount() {
        var order = order();
        order.markPaid(NOW);

        order.cancel(Money.of(new BigDecimal("360000"), "KRW"), NOW);

        assertThat(order.status()).isEqualTo(OrderStatus.CANCELLED);
        assertThat(events(order)).last().isInstanceOfSatisfying(OrderCancelled.class,
                cancelled -> assertThat(cancelled.refundedAmount()).isEqualByComparingTo("360000"));
    }

    @Test
    void refusesToCancelAnUnpaidOrCheckedInOrderNamingItsStatus() {
        var unpaid = order();
        assertThatThrownBy(() -> unpaid.cancel(Money.of(BigDecimal.ZERO, "KRW"), NOW))
                .isInstanceOf(IllegalTransitionException.class).hasMessageContaining("PENDING_PAYMENT");

        var staying = order();
        staying.markPaid(NOW);
        staying.follow(OrderStatus.CHECKED_IN, NOW);
        assertThatThrownBy(() -> staying.refundIfCancelledAt(NOW))
                .isInstanceOf(IllegalTransitionException.class).hasMessageContaining("CHECKED_IN");
    }

    @Test
    void declinedOrFailedPaymentCanNoLongerBePaid() {
        var declined = order();
        declined.markDeclined("card_declined", NOW);
        assertThatThrownBy(() -> declined.markPaid(NOW)).isInstanceOf(IllegalTransitionException.class);

        var failed = order();
        failed.markPaymentFailed("provider down", NOW);
        assertThat(failed.status()).isEqualTo(OrderStatus.PAYMENT_FAILED);
        assertThatThrownBy(() -> failed.markDeclined("late", NOW)).isInstanceOf(IllegalTransitionException.class);
    }

    @Test
    void rejectionAfterCancellationIsStale() {
        var order = order();
        order.markPaid(NOW);
        order.cancel(Money.of(new BigDecimal("360000"), "KRW"), NOW);

        assertThat(order.reject("full", NOW)).isFalse();
        assertThat(order.status()).isEqualTo(OrderStatus.CANCELLED);
    }

    @Test
    void aNoShowKeepsTheFirstNightByThePolicyAndRefundsTheRest() {
        var order = order();
        order.markPaid(NOW);
        order.follow(OrderStatus.CONFIRMED, NOW);

        var refund = order.markNoShow(NOW);

        assertThat(refund.amount()).isEqualByComparingTo("180000");
        assertThat(order.status()).isEqualTo(OrderStatus.NO_SHOW);
        assertThat(events(order)).last().isInstanceOfSatisfying(OrderNoShow.class, noShow -> {
            assertThat(noShow.keptAmount()).isEqualByComparingTo("180000");
            assertThat(noShow.refundedAmount()).isEqualByComparingTo("180000");
        });
        assertThatThrownBy(() -> order.markNoShow(NOW)).isInstanceOf(IllegalTransitionException.class);
        assertThat(order.reject("full", NOW)).isFalse();
    }

    @Test
    void nightsDroppedBeforeTheDeadlineAreRefundedInFullAndRecordedForMyPage() {
        var order = order(4);
        order.markPaid(NOW);

        var refund = order.changeStay(new Stay(LocalDate.of(2026, 12, 10), LocalDate.of(2026, 12, 12)),
                krw("0"), "admin", FREE_UNTIL.minusSeconds(1));

        assertThat(refund.amount()).isEqualByComparingTo("360000");
        assertThat(order.total().amount()).isEqualByComparingTo("360000");
        assertThat(order.refundsInAllWith(krw("0")).amount()).isEqualByComparingTo("360000");
        assertThat(events(order)).last().isInstanceOfSatisfying(OrderStayChanged.class, changed -> {
            assertThat(changed.change()).isEqualTo(1);
            assertThat(changed.booking().checkOut()).isEqualTo(LocalDate.of(2026, 12, 12));
            assertThat(changed.previousCheckOut()).isEqualTo(LocalDate.of(2026, 12, 14));
            assertThat(changed.refundedAmount()).isEqualByComparingTo("360000");
            assertThat(changed.changedBy()).isEqualTo("admin");
        });
    }

    @Test
    void afterTheDeadlineTheLateFeeIsKeptOncePerBookingWhateverFollows() {
        var order = order(4);
        order.markPaid(NOW);

        var first = order.changeStay(new Stay(LocalDate.of(2026, 12, 10), LocalDate.of(2026, 12, 12)), krw("0"),
                "admin", FREE_UNTIL);
        var second = order.changeStay(new Stay(LocalDate.of(2026, 12, 10), LocalDate.of(2026, 12, 11)), krw("0"),
                "admin", FREE_UNTIL);
        var cancellation = order.refundIfCancelledAt(FREE_UNTIL);

        assertThat(first.amount()).isEqualByComparingTo("180000");
        assertThat(second.amount()).isEqualByComparingTo("180000");
        assertThat(cancellation.amount()).isEqualByComparingTo("180000");
        // what the payment's refunds must reach in all: 720,000 paid, one night's fee kept
        assertThat(order.refundsInAllWith(cancellation).amount()).isEqualByComparingTo("540000");
        var noShow = order(4);
        noShow.markPaid(NOW);
        noShow.changeStay(new Stay(LocalDate.of(2026, 12, 10), LocalDate.of(2026, 12, 13)), krw("0"), "admin",
                FREE_UNTIL);
        assertThat(noShow.markNoShow(FREE_UNTIL).amount()).as("the fee was kept by the change: the rest comes back")
                .isEqualByComparingTo("540000");
    }

    @Test
    void aStayEndedOrNeverPaidCannotChange() {
        var unpaid = order();
        assertThatThrownBy(() -> unpaid.changeStay(new Stay(LocalDate.of(2026, 12, 10), LocalDate.of(2026, 12, 11)),
                krw("0"), "admin", NOW)).isInstanceOf(IllegalTransitionException.class)
                .hasMessageContaining("PENDING_PAYMENT");
    }

    private static Money krw(String amount) {
        return Money.of(new BigDecimal(amount), "KRW");
    }

    private static Order order(int nights) {
        var stay = new Stay(LocalDate.of(2026, 12, 10), LocalDate.of(2026, 12, 10).plusDays(nights));
        return Order.place(UUID.randomUUID(), new Guest("Kim Minji", "01012345678", null), "DELUXE", stay, 2,
                Money.of(new BigDecimal("180000").multiply(BigDecimal.valueOf(nights)), "KRW"),
                new CancellationPolicy(FREE_UNTIL, new BigDecimal("180000")), "hash", NOW);
    }

    @Test
    void aChargeReturnedBecauseItsNightsCouldNotBeAddedStillLetsACancellationRefundEverythingPaid() {
        var order = order();
        order.markPaid(NOW);

        order.chargeReturned(krw("180000"), NOW);   // the payment: 540,000 taken, 180,000 of it owed back

        assertThat(order.refundsInAllWith(krw("0")).amount()).as("only the returned charge is owed so far")
                .isEqualByComparingTo("180000");
        var cancellation = order.refundIfCancelledAt(FREE_UNTIL.minusSeconds(1));
        assertThat(order.refundsInAllWith(cancellation).amount()).as("the stay's 360,000 on top: all 540,000 back")
                .isEqualByComparingTo("540000");
    }

    @Test
    void anotherRoomTypeRefundsOrChargesTheDifferenceAndItsFirstNightBecomesTheLateFee() {
        var order = order();   // DELUXE, 2 × 180,000
        order.markPaid(NOW);

        var refund = order.changeRoomType("STANDARD", krw("240000"), krw("0"), "admin", NOW);

        assertThat(refund.amount()).as("cheaper: the difference in full").isEqualByComparingTo("120000");
        assertThat(order.roomType()).isEqualTo("STANDARD");
        assertThat(order.nightly().amount()).isEqualByComparingTo("120000");
        assertThat(events(order)).last().isInstanceOfSatisfying(OrderStayChanged.class, changed -> {
            assertThat(changed.previousRoomType()).isEqualTo("DELUXE");
            assertThat(changed.booking().roomType()).isEqualTo("STANDARD");
            assertThat(changed.refundedAmount()).isEqualByComparingTo("120000");
        });
        order.follow(OrderStatus.CONFIRMED, NOW);
        assertThat(order.markNoShow(FREE_UNTIL).amount()).as("a no-show keeps the new type's first night only")
                .isEqualByComparingTo("120000");

        var dearer = order();
        dearer.markPaid(NOW);
        assertThatThrownBy(() -> dearer.changeRoomType("SUITE", krw("900000"), krw("100"), "admin", NOW))
                .as("a dearer type must have been charged its difference").isInstanceOf(IllegalArgumentException.class);
        assertThat(dearer.changeRoomType("SUITE", krw("900000"), krw("540000"), "admin", NOW).amount()).isZero();
        assertThat(dearer.refundIfCancelledAt(FREE_UNTIL).amount()).as("late: the suite's first night is kept")
                .isEqualByComparingTo("450000");
    }

    private static Order order() {
        var stay = new Stay(LocalDate.of(2026, 12, 10), LocalDate.of(2026, 12, 12));
        return Order.place(UUID.randomUUID(), new Guest("Kim Minji", "01012345678", null), "DELUXE", stay, 2,
                Money.of(new BigDecimal("360000"), "KRW"), new CancellationPolicy(FREE_UNTIL, new BigDecimal("180000")),
                "hash", NOW);
    }

    @SuppressWarnings("unchecked")
    private static java.util.List<Object> events(Order order) {
        return (java.util.List<Object>) ReflectionTestUtils.invokeMethod(order, "domainEvents");
    }
}
