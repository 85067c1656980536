package gotohotel.desk.viewmodel;

import gotohotel.desk.service.CounterBooking;
import gotohotel.desk.service.DeskBooking;
import gotohotel.desk.service.GuestBookings;
import gotohotel.desk.service.RoomOffer;
import java.math.BigDecimal;
import java.util.Set;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.ObjectBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * Another room type for a booking not yet arrived (online, decision 52): the other types free for its nights, with
 * the stay's price in each; a cheaper one refunds the difference, a dearer one charges it to a card the guest hands
 * over — asked for only then, held until sent, then cleared.
 */
public final class RoomTypeChangeForm {

    private final GuestBookings bookings;
    private final UiExecutor ui;
    private final DeskBooking booking;
    private final FormState state;
    private final ObservableList<RoomOffer> offers = FXCollections.observableArrayList();
    private final StringProperty offersNote = new SimpleStringProperty();
    private final ObjectProperty<RoomOffer> offer = new SimpleObjectProperty<>();
    private final StringProperty cardNumber = new SimpleStringProperty("");
    private final StringProperty expiry = new SimpleStringProperty("");
    private final StringProperty cvc = new SimpleStringProperty("");
    /*
     * Made once and held here: a binding is only weakly referenced by what it observes, so one made per call and
     * observed by a listener alone (the dialog's refit) could be collected, and the listener with it (seen in CI).
     */
    private final ObjectBinding<BigDecimal> difference;
    private final BooleanBinding dearer;

    RoomTypeChangeForm(GuestBookings bookings, UiExecutor ui, DeskBooking booking) {
        this.bookings = bookings;
        this.ui = ui;
        this.booking = booking;
        this.state = new FormState(ui, Set.of("roomType", "card.number", "card.expiry", "card.cvc"));
        this.difference = Bindings.createObjectBinding(() -> offer.get() == null || booking.amount() == null ? null
                : offer.get().totalPrice().subtract(booking.amount()), offer);
        this.dearer = Bindings.createBooleanBinding(() -> difference.get() != null && difference.get().signum() > 0,
                difference);
    }

    public DeskBooking booking() {
        return booking;
    }

    /** Reads the other room types free for the booking's nights and guests. */
    public void readOffers() {
        offersNote.set("booking.offers.reading");
        ui.submit(() -> bookings.offers(booking.checkIn(), booking.checkOut(), booking.guestCount()), read -> {
            offers.setAll(read.stream().filter(o -> !o.roomType().equals(booking.roomType())).toList());
            offersNote.set(offers.stream().allMatch(RoomOffer::soldOut) ? "booking.offers.none" : null);
        }, failure -> {
            offers.clear();
            offersNote.set(StaffTexts.of(failure, null));
        });
    }

    /** What the chosen type costs more (positive: charged) or less (negative: refunded) than the booking now. */
    public ObjectBinding<BigDecimal> difference() {
        return difference;
    }

    /** Whether the chosen type costs more than the booking now (then a card pays the difference). */
    public BooleanBinding dearer() {
        return dearer;
    }

    public BooleanBinding cannotSave() {
        return Bindings.createBooleanBinding(() -> state.busyProperty().get() || offer.get() == null
                        || offer.get().soldOut()
                        || (dearer().get() && (cardNumber.get().isBlank() || expiry.get().isBlank()
                        || cvc.get().isBlank())),
                state.busyProperty(), offer, cardNumber, expiry, cvc);
    }

    /** Sends the new type; {@code changed} runs once the server took it (the desk's copy follows). */
    public void save(Runnable changed) {
        if (cannotSave().get()) {
            return;
        }
        String roomType = offer.get().roomType();
        var card = dearer().get()
                ? new CounterBooking.ByCard(cardNumber.get().strip(), expiry.get().strip(), cvc.get().strip()) : null;
        state.send(() -> {
            bookings.changeRoomType(booking.id(), roomType, card);
            return Boolean.TRUE;
        }, null, done -> {
            forgetCard();
            changed.run();
        }, refused -> forgetCard());
    }

    private void forgetCard() {
        cardNumber.set("");
        expiry.set("");
        cvc.set("");
    }

    public FormState state() {
        return state;
    }

    public ObservableList<RoomOffer> offers() {
        return offers;
    }

    public StringProperty offersNoteProperty() {
        return offersNote;
    }

    public ObjectProperty<RoomOffer> offerProperty() {
        return offer;
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
