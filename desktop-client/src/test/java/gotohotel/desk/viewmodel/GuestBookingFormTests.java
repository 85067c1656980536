package gotohotel.desk.viewmodel;

import static org.assertj.core.api.Assertions.assertThat;

import gotohotel.desk.service.BookedForGuest;
import gotohotel.desk.service.CounterBooking;
import gotohotel.desk.service.DeskBooking;
import gotohotel.desk.service.GuestBookings;
import gotohotel.desk.service.RoomOffer;
import gotohotel.desk.service.StaffChangeRefusedException;
import gotohotel.desk.text.ScreenText;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class GuestBookingFormTests {

    private static final LocalDate TODAY = LocalDate.of(2026, 12, 8);

    private final Desk desk = new Desk();
    private final GuestBookingForm form = new GuestBookingForm(desk, new SameThreadExecutor(), TODAY);

    @org.junit.jupiter.api.BeforeEach
    void opened() {
        form.readOffers();   // as the desk opens the form
    }

    @Test
    void theRoomsLeftAreReadAgainWhenTheStayChangesAndASoldOutTypeCannotBeBooked() {
        assertThat(desk.asked).containsExactly("2026-12-08 2026-12-09 1");
        form.checkOutProperty().set(TODAY.plusDays(3));
        form.guestsProperty().set(2);

        assertThat(desk.asked).endsWith("2026-12-08 2026-12-11 1", "2026-12-08 2026-12-11 2");
        fill();
        form.offerProperty().set(form.offers().get(1));
        assertThat(form.cannotSave().get()).as("sold out").isTrue();
        form.offerProperty().set(form.offers().get(0));
        assertThat(form.cannotSave().get()).isFalse();
    }

    @Test
    void aStayThatDoesNotStartFromTodayOffersNothingAndSaysWhy() {
        form.checkInProperty().set(TODAY.minusDays(1));

        assertThat(form.offers()).isEmpty();
        assertThat(form.offersNoteProperty().get()).isEqualTo("booking.offers.dates");
        assertThat(form.checkInNowProperty().get()).isFalse();
    }

    @Test
    void aDeclinedCardIsForgottenAndTheFormSentAgainIsANewRequest() {
        fill();
        form.offerProperty().set(form.offers().get(0));
        form.paymentProperty().set(GuestBookingForm.PaymentChoice.CARD);
        form.cardNumberProperty().set("4000000000000002");
        form.expiryProperty().set("12/30");
        form.cvcProperty().set("123");
        desk.refusals.add(new StaffChangeRefusedException(StaffChangeRefusedException.Reason.DECLINED, "declined",
                Map.of()));

        form.save(booked -> { });

        assertThat(ScreenText.parts(form.state().errorProperty().get())).containsExactly("staff.refused.DECLINED");
        assertThat(form.cardNumberProperty().get()).as("a declined card is not kept: another is asked for").isEmpty();

        form.cardNumberProperty().set("4242424242424242");
        form.expiryProperty().set("12/30");
        form.cvcProperty().set("123");
        List<BookedForGuest> booked = new ArrayList<>();
        form.save(booked::add);

        assertThat(booked).hasSize(1);
        assertThat(desk.attempts).hasSize(2).doesNotHaveDuplicates();
        assertThat(desk.cards).containsExactly("4000000000000002", "4242424242424242");
        assertThat(List.of(form.cardNumberProperty().get(), form.expiryProperty().get(), form.cvcProperty().get()))
                .containsOnly("");
    }

    @Test
    void anAnswerThatNeverCameIsAskedAgainWithTheSameKey() {
        fill();
        form.offerProperty().set(form.offers().get(0));
        form.referenceProperty().set("CASH 12");
        desk.refusals.add(new StaffChangeRefusedException(StaffChangeRefusedException.Reason.UNREACHABLE, "timeout",
                Map.of()));

        form.save(booked -> { });
        assertThat(form.answerLostProperty().get()).as("the form is locked: sent again, it is the same request")
                .isTrue();
        form.save(booked -> { });

        assertThat(form.answerLostProperty().get()).isFalse();
        assertThat(desk.attempts).hasSize(2);
        assertThat(desk.attempts.get(0)).as("the server may have booked it: the same key").isEqualTo(
                desk.attempts.get(1));
    }

    @Test
    void newDatesAskForACardOnlyWhenTheyAddNightsAndForgetItOnceTaken() {
        var booking = new DeskBooking(UUID.randomUUID(), UUID.randomUUID(), "Kim Minji", "01012345678", "STANDARD",
                TODAY, TODAY.plusDays(3), 1, "CHECKED_IN", new BigDecimal("360000"), "KRW", false, "admin", null);
        var change = new GuestBookingsViewModel(desk, new SameThreadExecutor(), java.time.Clock.systemUTC())
                .changeStay(booking);
        assertThat(change.cannotSave().get()).as("the same dates change nothing").isTrue();

        change.checkOutProperty().set(TODAY.plusDays(2));
        assertThat(change.addsNights().get()).isFalse();
        change.save(() -> { });

        change.checkOutProperty().set(TODAY.plusDays(4));
        assertThat(change.addsNights().get()).isTrue();
        assertThat(change.cannotSave().get()).as("a card pays for the night added").isTrue();
        change.cardNumberProperty().set("4242424242424242");
        change.expiryProperty().set("12/30");
        change.cvcProperty().set("123");
        change.save(() -> { });

        assertThat(desk.stayChanges).containsExactly("2026-12-08 2026-12-10 no card",
                "2026-12-08 2026-12-12 4242424242424242");
        assertThat(change.cardNumberProperty().get()).isEmpty();
    }

    @Test
    void anotherRoomTypeOffersTheOtherTypesAndNamesWhatItRefunds() {
        var form = new RoomTypeChangeForm(desk, new SameThreadExecutor(), booked("DELUXE", "360000"));
        form.readOffers();

        assertThat(form.offers()).extracting(RoomOffer::roomType).containsExactly("STANDARD", "SUITE");
        assertThat(desk.asked).endsWith("2026-12-10 2026-12-12 2");
        assertThat(form.cannotSave().get()).as("nothing chosen").isTrue();
        form.offerProperty().set(form.offers().get(1));
        assertThat(form.cannotSave().get()).as("sold out").isTrue();
        form.offerProperty().set(form.offers().get(0));
        assertThat(form.difference().get()).isEqualByComparingTo("-240000");
        assertThat(form.dearer().get()).isFalse();
        assertThat(form.cannotSave().get()).isFalse();

        var saved = new ArrayList<String>();
        form.save(() -> saved.add("changed"));

        assertThat(desk.stayChanges).containsExactly("STANDARD no card");
        assertThat(saved).containsExactly("changed");
    }

    @Test
    void whatTheDialogsListenToOutlivesAGarbageCollection() {
        var form = new RoomTypeChangeForm(desk, new SameThreadExecutor(), booked("ECONOMY", "100000"));
        var stay = new GuestBookingsViewModel(desk, new SameThreadExecutor(), java.time.Clock.systemUTC())
                .changeStay(booked("ECONOMY", "100000"));
        form.readOffers();
        var heard = new ArrayList<String>();
        // only the listeners hold on to what they observe, as the dialogs' refit does
        form.dearer().addListener((value, was, now) -> heard.add("dearer " + now));
        stay.addsNights().addListener((value, was, now) -> heard.add("adds nights " + now));
        collectGarbage();

        form.offerProperty().set(form.offers().get(0));
        stay.checkOutProperty().set(stay.booking().checkOut().plusDays(1));

        assertThat(heard).containsExactly("dearer true", "adds nights true");
    }

    private static void collectGarbage() {
        var canary = new java.lang.ref.WeakReference<>(new Object());
        for (int i = 0; i < 50 && canary.get() != null; i++) {
            System.gc();
        }
        assertThat(canary.get()).as("a collection ran").isNull();
    }

    @Test
    void aDearerRoomTypeAsksForACardAndForgetsItWhenRefused() {
        var form = new RoomTypeChangeForm(desk, new SameThreadExecutor(), booked("ECONOMY", "100000"));
        form.readOffers();
        form.offerProperty().set(form.offers().get(0));
        assertThat(form.dearer().get()).isTrue();
        assertThat(form.difference().get()).isEqualByComparingTo("20000");
        assertThat(form.cannotSave().get()).as("no card yet").isTrue();
        form.cardNumberProperty().set("4000000000000002");
        form.expiryProperty().set("12/30");
        form.cvcProperty().set("123");
        desk.refusals.add(new StaffChangeRefusedException(StaffChangeRefusedException.Reason.DECLINED,
                "The card was declined", Map.of()));

        form.save(() -> { });

        assertThat(form.state().errorProperty().get()).isNotNull();
        assertThat(form.cardNumberProperty().get()).as("a declined card is not kept").isEmpty();
        assertThat(desk.stayChanges).isEmpty();
    }

    private static DeskBooking booked(String roomType, String amount) {
        return new DeskBooking(UUID.randomUUID(), UUID.randomUUID(), "Kim Minji", "010-1234-5678", roomType,
                LocalDate.of(2026, 12, 10), LocalDate.of(2026, 12, 12), 2, "CONFIRMED", new BigDecimal(amount), "KRW",
                false, "guest", java.time.Instant.EPOCH);
    }

    private void fill() {
        form.guestNameProperty().set("Kim Minji");
        form.phoneProperty().set("010-1234-5678");
        form.referenceProperty().set("CASH 1");
    }

    /** The server as the form sees it: two types, the second sold out; refusals queued for the next bookings. */
    private static final class Desk implements GuestBookings {

        final List<String> asked = new ArrayList<>();
        final List<UUID> attempts = new ArrayList<>();
        final List<String> cards = new ArrayList<>();
        final Deque<StaffChangeRefusedException> refusals = new ArrayDeque<>();
        final List<String> stayChanges = new ArrayList<>();

        @Override
        public List<RoomOffer> offers(LocalDate checkIn, LocalDate checkOut, int guests) {
            asked.add(checkIn + " " + checkOut + " " + guests);
            return List.of(new RoomOffer("STANDARD", 3, new BigDecimal("120000"), "KRW"),
                    new RoomOffer("SUITE", 0, new BigDecimal("450000"), "KRW"));
        }

        @Override
        public BookedForGuest book(CounterBooking booking, UUID attempt) {
            attempts.add(attempt);
            if (booking.payment() instanceof CounterBooking.ByCard card) {
                cards.add(card.number());
            }
            if (!refusals.isEmpty()) {
                throw refusals.poll();
            }
            return new BookedForGuest(UUID.randomUUID(), "token", booking.roomType(), booking.checkIn(),
                    booking.checkOut(), new BigDecimal("120000"), "KRW", null);
        }

        @Override
        public Optional<DeskBooking> arrived(UUID orderId) {
            return Optional.empty();
        }

        @Override
        public Optional<DeskBooking> checkInOnArrival(UUID orderId, Duration patience) {
            return Optional.empty();
        }

        @Override
        public void changeStay(UUID reservationId, LocalDate checkIn, LocalDate checkOut, CounterBooking.ByCard card) {
            stayChanges.add(checkIn + " " + checkOut + " " + (card == null ? "no card" : card.number()));
        }

        @Override
        public void changeRoomType(UUID reservationId, String roomType, CounterBooking.ByCard card) {
            if (!refusals.isEmpty()) {
                throw refusals.poll();
            }
            stayChanges.add(roomType + " " + (card == null ? "no card" : card.number()));
        }
    }
}
