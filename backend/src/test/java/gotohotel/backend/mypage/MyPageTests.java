package gotohotel.backend.mypage;

import static org.assertj.core.api.Assertions.assertThat;

import gotohotel.shared.api.MyPageView;
import gotohotel.shared.event.Booking;
import gotohotel.shared.event.BookingEvent;
import gotohotel.shared.event.GuestNotified;
import gotohotel.shared.event.OrderCancelled;
import gotohotel.shared.event.OrderPaid;
import gotohotel.shared.event.OrderPlaced;
import gotohotel.shared.event.PaymentApproved;
import gotohotel.shared.event.PaymentDeclined;
import gotohotel.shared.event.PaymentRefunded;
import gotohotel.shared.event.ReservationCancelled;
import gotohotel.shared.event.ReservationConfirmed;
import gotohotel.shared.event.ReservationRequested;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class MyPageTests {

    private static final UUID ORDER = UUID.randomUUID();
    private static final UUID RESERVATION = UUID.randomUUID();
    private static final UUID MESSAGE = UUID.randomUUID();
    private static final Instant T0 = Instant.parse("2026-11-25T01:00:00Z");
    private static final Booking BOOKING = new Booking("Kim Minji", "01012345678", "DELUXE",
            LocalDate.of(2026, 12, 10), LocalDate.of(2026, 12, 12), 2);

    @Test
    void foldsTheLifeOfABookingIntoStatusHistoryAndMessages() {
        var view = fold(lifeOfACancelledBooking());

        assertThat(view.status()).isEqualTo("CANCELLED");
        assertThat(view.paymentStatus()).isEqualTo("REFUNDED");
        assertThat(view.reservationStatus()).isEqualTo("CANCELLED");
        assertThat(view.refundedAmount()).isEqualByComparingTo("360000");
        assertThat(view.history()).extracting(MyPageView.HistoryEntry::status)
                .containsExactly("PAID", "CONFIRMED", "CANCELLED");
        assertThat(view.messages()).singleElement().satisfies(message -> {
            assertThat(message.status()).isEqualTo("SENT");
            assertThat(message.text()).isEqualTo("confirmed!");
        });
        assertThat(view.guestName()).isEqualTo("Kim Minji");
    }

    @Test
    void aRedeliveredEventChangesNothingTheProjectionHasNotSeen() {
        var events = lifeOfACancelledBooking();
        var page = new MyPage(new MyPage.Key(0, ORDER));
        events.forEach(page::apply);
        var once = page.view();

        events.stream().filter(e -> !(e instanceof PaymentRefunded)).forEach(page::apply);

        assertThat(page.view().history()).isEqualTo(once.history());
        assertThat(page.view().messages()).isEqualTo(once.messages());
        assertThat(page.view().status()).isEqualTo(once.status());
    }

    @Test
    void anyOrderOfArrivalGivesTheSamePage() {
        var events = lifeOfACancelledBooking();
        var expected = fold(events);
        var random = new Random(7);
        for (int i = 0; i < 50; i++) {
            var shuffled = new ArrayList<>(events);
            Collections.shuffle(shuffled, random);
            var view = fold(shuffled);
            assertThat(view).usingRecursiveComparison().ignoringFields("updatedAt").isEqualTo(expected);
        }
    }

    @Test
    void theOnePaidEventGivesTheSamePageAsTheThreeEventsItReplacesInAnyOrderOfArrival() {
        var before = lifeOfACancelledBooking();
        var now = new ArrayList<BookingEvent>(before.stream().filter(event -> !(event instanceof OrderPlaced
                || event instanceof PaymentApproved || event instanceof ReservationRequested)).toList());
        now.add(new OrderPaid(UUID.randomUUID(), T0.plusSeconds(1), ORDER, BOOKING, new BigDecimal("360000"), "KRW",
                "4242"));
        var expected = fold(before);

        var random = new Random(11);
        for (int i = 0; i < 50; i++) {
            Collections.shuffle(now, random);
            assertThat(fold(now)).usingRecursiveComparison().ignoringFields("updatedAt").isEqualTo(expected);
        }
        // a rolling upgrade: the old events and the new one for the same booking fold into the same page
        var both = new ArrayList<BookingEvent>(before);
        both.add(now.stream().filter(OrderPaid.class::isInstance).findFirst().orElseThrow());
        assertThat(fold(both)).usingRecursiveComparison().ignoringFields("updatedAt").isEqualTo(expected);
    }

    @Test
    void aDeclineNamesTheBookingWithoutAnOrderPlacedBeforeIt() {
        var view = fold(List.of(new PaymentDeclined(UUID.randomUUID(), T0, ORDER, "card_declined", BOOKING,
                new BigDecimal("360000"), "KRW")));

        assertThat(view.paymentStatus()).isEqualTo("DECLINED");
        assertThat(view.status()).isEqualTo("PAYMENT_DECLINED");
        assertThat(view.guestName()).isEqualTo("Kim Minji");
        assertThat(view.totalPrice()).isEqualByComparingTo("360000");
    }

    @Test
    void aStaleConfirmationNeverMovesACancelledOrderBack() {
        var view = fold(List.of(
                new OrderCancelled(UUID.randomUUID(), T0.plusSeconds(30), ORDER, BOOKING, BigDecimal.ZERO, "KRW"),
                new ReservationConfirmed(UUID.randomUUID(), T0.plusSeconds(20), ORDER, RESERVATION, 1, "admin")));

        assertThat(view.status()).isEqualTo("CANCELLED");
        assertThat(view.reservationStatus()).isEqualTo("CONFIRMED");
    }

    private static MyPageView fold(List<BookingEvent> events) {
        var page = new MyPage(new MyPage.Key(0, ORDER));
        events.forEach(page::apply);
        return page.view();
    }

    private static List<BookingEvent> lifeOfACancelledBooking() {
        return List.of(
                new OrderPlaced(UUID.randomUUID(), T0, ORDER, BOOKING, new BigDecimal("360000"), "KRW"),
                new PaymentApproved(UUID.randomUUID(), T0.plusSeconds(1), ORDER, BOOKING, new BigDecimal("360000"),
                        "KRW", "4242"),
                new ReservationRequested(UUID.randomUUID(), T0.plusSeconds(2), ORDER, RESERVATION, 0, BOOKING),
                new GuestNotified(UUID.randomUUID(), T0.plusSeconds(3), ORDER, MESSAGE, "CONFIRMED", "kakao",
                        "confirmed!", "RETRYING", "503"),
                new ReservationConfirmed(UUID.randomUUID(), T0.plusSeconds(4), ORDER, RESERVATION, 1, "admin"),
                new GuestNotified(UUID.randomUUID(), T0.plusSeconds(6), ORDER, MESSAGE, "CONFIRMED", "kakao",
                        "confirmed!", "SENT", null),
                new PaymentRefunded(UUID.randomUUID(), T0.plusSeconds(9), ORDER, new BigDecimal("360000"), "KRW"),
                new OrderCancelled(UUID.randomUUID(), T0.plusSeconds(10), ORDER, BOOKING, new BigDecimal("360000"),
                        "KRW"),
                new ReservationCancelled(UUID.randomUUID(), T0.plusSeconds(11), ORDER, RESERVATION, 2));
    }
}
