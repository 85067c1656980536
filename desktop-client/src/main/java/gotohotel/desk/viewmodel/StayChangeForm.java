package gotohotel.desk.viewmodel;

import gotohotel.desk.service.CounterBooking;
import gotohotel.desk.service.DeskBooking;
import gotohotel.desk.service.GuestBookings;
import java.time.LocalDate;
import java.util.Set;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * New dates for a booking (online, decision 52): fewer nights are refunded by the booking's cancellation policy,
 * nights added are charged to a card the guest hands over — asked for only then, held until sent, then cleared.
 */
public final class StayChangeForm {

    private final GuestBookings bookings;
    private final DeskBooking booking;
    private final FormState state;
    private final ObjectProperty<LocalDate> checkIn = new SimpleObjectProperty<>();
    private final ObjectProperty<LocalDate> checkOut = new SimpleObjectProperty<>();
    private final StringProperty cardNumber = new SimpleStringProperty("");
    private final StringProperty expiry = new SimpleStringProperty("");
    private final StringProperty cvc = new SimpleStringProperty("");
    /* Made once and held here: see RoomTypeChangeForm's bindings (a binding made per call can be collected). */
    private final BooleanBinding addsNights;

    StayChangeForm(GuestBookings bookings, UiExecutor ui, DeskBooking booking) {
        this.bookings = bookings;
        this.booking = booking;
        this.state = new FormState(ui, Set.of("checkIn", "checkOut", "card.number", "card.expiry", "card.cvc"));
        checkIn.set(booking.checkIn());
        checkOut.set(booking.checkOut());
        this.addsNights = Bindings.createBooleanBinding(() -> checkIn.get() != null && checkOut.get() != null
                && (checkIn.get().isBefore(booking.checkIn()) || checkOut.get().isAfter(booking.checkOut())),
                checkIn, checkOut);
    }

    public DeskBooking booking() {
        return booking;
    }

    /** Whether the new dates add a night the booking did not have (then a card pays for it). */
    public BooleanBinding addsNights() {
        return addsNights;
    }

    public BooleanBinding cannotSave() {
        return Bindings.createBooleanBinding(() -> state.busyProperty().get() || checkIn.get() == null
                        || checkOut.get() == null || (checkIn.get().equals(booking.checkIn())
                        && checkOut.get().equals(booking.checkOut()))
                        || (addsNights().get() && (cardNumber.get().isBlank() || expiry.get().isBlank()
                        || cvc.get().isBlank())),
                state.busyProperty(), checkIn, checkOut, cardNumber, expiry, cvc);
    }

    /** Sends the new dates; {@code changed} runs once the server took them (the desk's copy follows). */
    public void save(Runnable changed) {
        if (cannotSave().get()) {
            return;
        }
        if (!checkOut.get().isAfter(checkIn.get())) {
            state.refuseField("checkOut", "stay.check-out-after-check-in");
            return;
        }
        LocalDate in = checkIn.get();
        LocalDate out = checkOut.get();
        var card = addsNights().get()
                ? new CounterBooking.ByCard(cardNumber.get().strip(), expiry.get().strip(), cvc.get().strip()) : null;
        state.send(() -> {
            bookings.changeStay(booking.id(), in, out, card);
            return Boolean.TRUE;
        }, null, done -> {
            cardNumber.set("");
            expiry.set("");
            cvc.set("");
            changed.run();
        });
    }

    public FormState state() {
        return state;
    }

    public ObjectProperty<LocalDate> checkInProperty() {
        return checkIn;
    }

    public ObjectProperty<LocalDate> checkOutProperty() {
        return checkOut;
    }

    public StringProperty cardNumberProperty() {
        return cardNumber;
    }

    public StringProperty expiryProperty() {
        return expiry;
    }

    public StringProperty cvcProperty() {
        return cvc;
    }
}
