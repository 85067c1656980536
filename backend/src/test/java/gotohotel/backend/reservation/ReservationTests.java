package gotohotel.backend.reservation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import gotohotel.backend.domain.IllegalTransitionException;
import gotohotel.shared.event.Booking;
import gotohotel.shared.event.ReservationCancelled;
import gotohotel.shared.event.ReservationCheckedIn;
import gotohotel.shared.event.ReservationConfirmed;
import gotohotel.shared.event.ReservationNoShow;
import gotohotel.shared.event.ReservationRejected;
import gotohotel.shared.event.RoomAssigned;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.test.util.ReflectionTestUtils;

class ReservationTests {

    private static final Instant NOW = Instant.parse("2026-11-25T01:00:00Z");
    private static final LocalDate CHECK_OUT = LocalDate.of(2026, 12, 12);
    private static final Booking BOOKING = new Booking("Kim Minji", "01012345678", "DELUXE",
            LocalDate.of(2026, 12, 10), CHECK_OUT, 2);
    private static final Actor ADMIN = Actor.staff("admin", "Administrator", NOW);

    @Test
    void aRequestedReservationWaitsForTheStaff() {
        var reservation = requested();

        assertThat(reservation.status()).isEqualTo(ReservationStatus.PENDING_CONFIRMATION);
        assertThat(events(reservation)).as("OrderPaid told every context already").isEmpty();
    }

    @Test
    void staffConfirmThenCheckTheGuestInAndOut() {
        var reservation = requested();

        reservation.confirm(ADMIN, NOW);
        reservation.holdRoom("201", BOOKING.checkIn(), ADMIN, NOW);
        reservation.checkIn(ADMIN, NOW);
        reservation.checkOut(ADMIN, NOW);

        assertThat(reservation.status()).isEqualTo(ReservationStatus.CHECKED_OUT);
        assertThat(events(reservation)).hasSize(4).element(0).isInstanceOf(ReservationConfirmed.class);
        assertThat(reservation.takeHistory()).extracting(HistoryLine::action)
                .containsExactly("CREATE", "CONFIRM", "ROOM_ASSIGNED", "CHECK_IN", "CHECK_OUT");
        assertThat(reservation.takeHistory()).isEmpty();
        assertThat(events(reservation)).element(1).isInstanceOfSatisfying(RoomAssigned.class, assigned -> {
            assertThat(assigned.room()).isEqualTo("201");
            assertThat(assigned.moved()).isFalse();
            assertThat(assigned.version()).isEqualTo(2);
        });
        assertThat(events(reservation)).element(2).isInstanceOfSatisfying(ReservationCheckedIn.class,
                checkedIn -> assertThat(checkedIn.room()).isEqualTo("201"));
    }

    @Test
    void aGuestIsCheckedInToARoomOnly() {
        var reservation = requested();
        reservation.confirm(ADMIN, NOW);

        assertThatThrownBy(() -> reservation.checkIn(ADMIN, NOW)).isInstanceOf(RoomRequiredException.class)
                .hasMessageContaining("Assign a room first");
        assertThat(reservation.status()).isEqualTo(ReservationStatus.CONFIRMED);
    }

    @Test
    void aRoomGivenOrMovedIsAChangeWithItsHistoryLine() {
        var reservation = requested();
        reservation.confirm(ADMIN, NOW);
        reservation.holdRoom("201", BOOKING.checkIn(), ADMIN, NOW);
        reservation.checkIn(ADMIN, NOW);
        reservation.holdRoom("305", BOOKING.checkIn().plusDays(1), ADMIN, NOW);

        var history = reservation.takeHistory();
        assertThat(history).extracting(HistoryLine::action)
                .containsExactly("CREATE", "CONFIRM", "ROOM_ASSIGNED", "CHECK_IN", "ROOM_MOVED");
        assertThat(history).extracting(HistoryLine::reason).endsWith("Room 201", null, "Room 305");
        assertThat(history).extracting(HistoryLine::version).containsExactly(0L, 1L, 2L, 3L, 4L);
        assertThat(reservation.room()).isEqualTo("305");
        assertThat(events(reservation)).last().isInstanceOfSatisfying(RoomAssigned.class, moved -> {
            assertThat(moved.moved()).isTrue();
            assertThat(moved.from()).isEqualTo(BOOKING.checkIn().plusDays(1));
        });
        reservation.checkOut(ADMIN, NOW);
        assertThatThrownBy(() -> reservation.holdRoom("101", BOOKING.checkIn(), ADMIN, NOW))
                .isInstanceOf(IllegalTransitionException.class);
    }

    @Test
    void rejectionCarriesTheReason() {
        var reservation = requested();

        reservation.reject(ADMIN, "overbooked by the channel manager", NOW);

        assertThat(events(reservation)).last().isInstanceOfSatisfying(ReservationRejected.class,
                rejected -> assertThat(rejected.reason()).isEqualTo("overbooked by the channel manager"));
    }

    @Test
    void rejectsConfirmationOfCancelledReservation() {
        var reservation = requested();
        assertThat(reservation.cancelWithOrder(NOW)).isTrue();

        assertThatThrownBy(() -> reservation.confirm(ADMIN, NOW))
                .isInstanceOf(IllegalTransitionException.class)
                .hasMessageContaining("CANCELLED");
        assertThat(reservation.cancelWithOrder(NOW)).isFalse();
    }

    @Test
    void refusesCheckInBeforeConfirmationAndCheckOutBeforeCheckIn() {
        var reservation = requested();
        assertThatThrownBy(() -> reservation.checkIn(ADMIN, NOW)).hasMessageContaining("PENDING_CONFIRMATION");
        reservation.confirm(ADMIN, NOW);
        assertThatThrownBy(() -> reservation.checkOut(ADMIN, NOW)).hasMessageContaining("CONFIRMED");
    }

    @Test
    void aGuestWhoCheckedInCannotBeCancelledOrRejected() {
        var reservation = requested();
        reservation.confirm(ADMIN, NOW);
        reservation.holdRoom("201", BOOKING.checkIn(), ADMIN, NOW);
        reservation.checkIn(ADMIN, NOW);

        assertThat(reservation.cancelWithOrder(NOW)).isFalse();
        assertThatThrownBy(() -> reservation.reject(ADMIN, "no", NOW)).hasMessageContaining("CHECKED_IN");
    }

    @Test
    void aGuestCancelsAConfirmedBookingUntilTheStayIsOver() {
        var reservation = requested();
        reservation.confirm(ADMIN, NOW);

        reservation.cancelAtGuestsRequest(CHECK_OUT.minusDays(1), NOW);

        assertThat(reservation.status()).isEqualTo(ReservationStatus.CANCELLED);
        assertThat(events(reservation)).last().isInstanceOf(ReservationCancelled.class);
    }

    @Test
    void aGuestCannotCancelAfterCheckInAfterRejectionTwiceOrOnceTheStayIsOver() {
        var checkedIn = requested();
        checkedIn.confirm(ADMIN, NOW);
        checkedIn.holdRoom("201", BOOKING.checkIn(), ADMIN, NOW);
        checkedIn.checkIn(ADMIN, NOW);
        var rejected = requested();
        rejected.reject(ADMIN, "closed", NOW);
        var cancelled = requested();
        cancelled.cancelAtGuestsRequest(CHECK_OUT.minusDays(5), NOW);
        var over = requested();

        assertThatThrownBy(() -> checkedIn.cancelAtGuestsRequest(CHECK_OUT.minusDays(5), NOW))
                .isInstanceOf(CancellationRefusedException.class).hasMessageContaining("checked in");
        assertThatThrownBy(() -> rejected.cancelAtGuestsRequest(CHECK_OUT.minusDays(5), NOW))
                .isInstanceOf(CancellationRefusedException.class).hasMessageContaining("rejected");
        assertThatThrownBy(() -> cancelled.cancelAtGuestsRequest(CHECK_OUT.minusDays(5), NOW))
                .isInstanceOf(CancellationRefusedException.class).hasMessageContaining("already cancelled");
        assertThatThrownBy(() -> over.cancelAtGuestsRequest(CHECK_OUT, NOW))
                .isInstanceOf(CancellationRefusedException.class).hasMessageContaining("stay ended on " + CHECK_OUT);
        assertThat(over.status()).isEqualTo(ReservationStatus.PENDING_CONFIRMATION);
        assertThatThrownBy(() -> Reservation.cancelledAtGuestsRequestBeforeArrival(UUID.randomUUID(), BOOKING,
                CHECK_OUT.plusDays(1), NOW)).isInstanceOf(CancellationRefusedException.class);
    }

    @Test
    void aGuestNotArrivedByTheEndOfTheCheckInDayIsANoShowOnceAndNamesTheNightAudit() {
        var reservation = requested();
        reservation.confirm(ADMIN, NOW);
        LocalDate checkInDay = BOOKING.checkIn();

        assertThatThrownBy(() -> reservation.markNoShow(checkInDay.minusDays(1), NOW))
                .isInstanceOf(IllegalTransitionException.class);
        assertThat(reservation.markNoShow(checkInDay, NOW)).isTrue();
        assertThat(reservation.markNoShow(checkInDay, NOW)).isFalse();

        assertThat(reservation.status()).isEqualTo(ReservationStatus.NO_SHOW);
        assertThat(reservation.takeHistory()).last().satisfies(line -> {
            assertThat(line.action()).isEqualTo("NO_SHOW");
            assertThat(line.actor().staff()).isEqualTo("night audit");
            assertThat(line.reason()).contains(checkInDay.toString());
        });
        assertThat(events(reservation)).last().isInstanceOf(ReservationNoShow.class);
        assertThatThrownBy(() -> reservation.checkIn(ADMIN, NOW)).isInstanceOf(IllegalTransitionException.class);
        assertThatThrownBy(() -> reservation.cancelAtGuestsRequest(checkInDay, NOW))
                .isInstanceOf(CancellationRefusedException.class).hasMessageContaining("no-show");
        assertThat(reservation.cancelWithOrder(NOW)).isFalse();
    }

    @Test
    void aGuestInHouseIsNeverANoShow() {
        var reservation = requested();
        reservation.confirm(ADMIN, NOW);
        reservation.holdRoom("201", BOOKING.checkIn(), ADMIN, NOW);
        reservation.checkIn(ADMIN, NOW);

        assertThat(reservation.markNoShow(CHECK_OUT, NOW)).isFalse();
        assertThat(reservation.status()).isEqualTo(ReservationStatus.CHECKED_IN);
    }

    @Test
    void aConfirmedStayMayChangeAnythingFromTodayAnInHouseOneOnlyTheNightsAheadAnEndedOneNothing() {
        LocalDate today = BOOKING.checkIn().minusDays(5);
        var confirmed = requested();
        confirmed.confirm(ADMIN, NOW);

        confirmed.changeStay(BOOKING.checkIn().plusDays(1), CHECK_OUT, new BigDecimal("180000"), today, ADMIN, NOW);

        assertThat(confirmed.booking().checkIn()).isEqualTo(BOOKING.checkIn().plusDays(1));
        assertThat(confirmed.amount()).isEqualByComparingTo("180000");
        assertThat(confirmed.takeHistory()).last().satisfies(line -> {
            assertThat(line.action()).isEqualTo("STAY_CHANGED");
            assertThat(line.status()).isEqualTo(ReservationStatus.CONFIRMED);
            assertThat(line.reason()).isEqualTo("2026-12-11 to 2026-12-12 (was 2026-12-10 to 2026-12-12)");
        });
        assertThatThrownBy(() -> confirmed.changeStay(today.minusDays(1), CHECK_OUT, BigDecimal.ONE, today, ADMIN, NOW))
                .isInstanceOf(StayChangeRefusedException.class).hasMessageContaining("before today");

        var inHouse = requested();
        inHouse.confirm(ADMIN, NOW);
        inHouse.holdRoom("201", BOOKING.checkIn(), ADMIN, NOW);
        inHouse.checkIn(ADMIN, NOW);
        LocalDate firstNight = BOOKING.checkIn();
        assertThatThrownBy(() -> inHouse.changeStay(firstNight.plusDays(1), CHECK_OUT, BigDecimal.ONE, firstNight,
                ADMIN, NOW)).isInstanceOf(StayChangeRefusedException.class).hasMessageContaining("in house");
        assertThatThrownBy(() -> inHouse.changeStay(firstNight, firstNight.plusDays(1), BigDecimal.ONE,
                firstNight.plusDays(1), ADMIN, NOW)).isInstanceOf(StayChangeRefusedException.class)
                .hasMessageContaining("check the guest out");
        inHouse.changeStay(firstNight, firstNight.plusDays(1), new BigDecimal("180000"), firstNight, ADMIN, NOW);
        assertThat(inHouse.booking().checkOut()).isEqualTo(firstNight.plusDays(1));

        inHouse.checkOut(ADMIN, NOW);
        assertThatThrownBy(() -> inHouse.changeStay(firstNight, firstNight.plusDays(1), BigDecimal.ONE, today, ADMIN,
                NOW)).isInstanceOf(StayChangeRefusedException.class).hasMessageContaining("checked-out");
        var cancelled = requested();
        cancelled.cancelAtGuestsRequest(today, NOW);
        assertThatThrownBy(() -> cancelled.changeStay(BOOKING.checkIn(), CHECK_OUT.minusDays(1), BigDecimal.ONE, today,
                ADMIN, NOW)).isInstanceOf(StayChangeRefusedException.class).hasMessageContaining("cancelled");
    }

    private static Reservation requested() {
        return Reservation.request(UUID.randomUUID(), BOOKING, new BigDecimal("360000"), "KRW", NOW);
    }

    @SuppressWarnings("unchecked")
    private static List<Object> events(Reservation reservation) {
        return (List<Object>) ReflectionTestUtils.invokeMethod(reservation, "domainEvents");
    }
}
