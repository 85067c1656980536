package gotohotel.desk.viewmodel;

import gotohotel.desk.service.GuestBookings;
import java.time.Clock;
import java.time.LocalDate;

/** Bookings for guests made at the desk (reception, online): each form one booking, from the desk's today. */
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

    /** A new, empty booking for tonight, its room types being read. */
    public GuestBookingForm newBooking() {
        var form = new GuestBookingForm(bookings, ui, LocalDate.now(clock));
        form.readOffers();
        return form;
    }
}
