package gotohotel.backend.reservation;

import static org.assertj.core.api.Assertions.assertThat;

import gotohotel.shared.event.Booking;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.test.util.ReflectionTestUtils;

/** The reservation as the desks ({@link ReservationSnapshots}) and the staff API ({@link ReservationViews}) see it. */
class ReservationShapesTests {

    private static final Instant NOW = Instant.parse("2026-11-25T01:00:00Z");
    private static final Booking BOOKING = new Booking("Kim Minji", "01012345678", "DELUXE",
            LocalDate.of(2026, 12, 10), LocalDate.of(2026, 12, 12), 2);

    @Test
    void aDesksSnapshotCarriesTheWholeBookingTheAmountAtItsScaleAndTheVersionOfAChangeNotYetWritten() {
        var reservation = Reservation.request(UUID.randomUUID(), BOOKING, new BigDecimal("360000.00"), "KRW", NOW);
        reservation.confirm(Actor.staff("admin", "Administrator", NOW), NOW.plusSeconds(60));

        var snapshot = ReservationSnapshots.of(reservation);

        assertThat(snapshot.reservationId()).isEqualTo(reservation.id());
        assertThat(snapshot.orderId()).isEqualTo(reservation.orderId());
        assertThat(snapshot.status()).isEqualTo("CONFIRMED");
        assertThat(snapshot.version()).isEqualTo(1);
        assertThat(snapshot).extracting("guestName", "phone", "roomType", "checkIn", "checkOut", "guestCount")
                .containsExactly("Kim Minji", "01012345678", "DELUXE", BOOKING.checkIn(), BOOKING.checkOut(), 2);
        assertThat(snapshot.amount()).isEqualByComparingTo("360000").hasToString("360000");
        assertThat(snapshot.currency()).isEqualTo("KRW");
        assertThat(snapshot.updatedAt()).isEqualTo(NOW.plusSeconds(60));
        assertThat(snapshot.lastChangedBy()).isEqualTo("admin");
    }

    @Test
    void anOrderCancelledBeforeArrivalHasNoAmount() {
        var tombstone = Reservation.cancelledWithOrderBeforeArrival(UUID.randomUUID(), BOOKING, NOW);

        var snapshot = ReservationSnapshots.of(tombstone);

        assertThat(snapshot.status()).isEqualTo("CANCELLED");
        assertThat(snapshot.amount()).isNull();
        assertThat(snapshot.currency()).isNull();
        assertThat(snapshot.lastChangedBy()).isEqualTo("guest");
    }

    @Test
    void theStaffApisViewShowsTheWrittenVersionAndNoPhoneOrAmount() {
        var reservation = Reservation.request(UUID.randomUUID(), BOOKING, new BigDecimal("360000"), "KRW", NOW);
        ReflectionTestUtils.setField(reservation, "version", 3L);

        var view = ReservationViews.of(reservation);

        assertThat(view).extracting("reservationId", "orderId", "status", "version", "guestName", "roomType",
                        "checkIn", "checkOut", "guestCount", "updatedAt")
                .containsExactly(reservation.id(), reservation.orderId(), "PENDING_CONFIRMATION", 3L, "Kim Minji",
                        "DELUXE", BOOKING.checkIn(), BOOKING.checkOut(), 2, NOW);
    }
}
