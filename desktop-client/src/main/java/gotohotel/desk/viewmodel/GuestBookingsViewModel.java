package gotohotel.desk.viewmodel;

import gotohotel.desk.service.GuestBookings;
import java.time.Clock;
import java.time.LocalDate;

/**
 * Bookings for guests made at the desk (reception, online): each form one booking, from the desk's today; and new
 * dates for a booking.
 */
public final class GuestBookingsViewModel {

    private final GuestBookings bookings;
    private final UiExecutor ui;
    private final Clock clock;

    /** @param clock the hotel's today (a walk-in arrives today) */
    public GuestBookingsViewModel(GuestBookings bookings, UiExecutor ui, Clock clock) {
        this.bookings = bookings;
        this.ui = ui;
        this.clock = clock;
    }

    /** New dates for the booking (its status decides which the server takes). */
    public StayChangeForm changeStay(gotohotel.desk.service.DeskBooking booking) {
        return new StayChangeForm(bookings, ui, booking);
    }

    /** Another room type for the booking, the other types free for its nights being read. */
    public RoomTypeChangeForm changeRoomType(gotohotel.desk.service.DeskBooking booking) {
        var form = new RoomTypeChangeForm(bookings, ui, booking);
        form.readOffers();
        return form;
    }

    /** Whether a booking's room type may be changed at all: only before arrival (the server decides the rest). */
    public static boolean typeChangeable(String status) {
        return "PENDING_CONFIRMATION".equals(status) || "CONFIRMED".equals(status);
    }

    /** Whether a booking's dates may be changed at all: not once it ended (checked out, cancelled, no-show...). */
    public static boolean changeable(String status) {
        return "PENDING_CONFIRMATION".equals(status) || "CONFIRMED".equals(status) || "CHECKED_IN".equals(status);
    }

    /** A new, empty booking for tonight, its room types being read. */
    public GuestBookingForm newBooking() {
        var form = new GuestBookingForm(bookings, ui, LocalDate.now(clock));
        form.readOffers();
        return form;
    }
}
