package gotohotel.desk.viewmodel;

import gotohotel.desk.service.BookedForGuest;
import gotohotel.desk.service.CounterBooking;
import gotohotel.desk.service.DeskBooking;
import gotohotel.desk.service.GuestBookings;
import gotohotel.desk.service.RoomOffer;
import gotohotel.desk.service.StaffChangeRefusedException;
import gotohotel.desk.text.ScreenText;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * A booking for a guest at the counter or on the phone (online): who, the nights and guests — the room types free
 * for them read again whenever those change — the type, and how the guest pays. A walk-in (arriving today) can be
 * checked in at once. The card's details are held only until sent, then cleared; one form is one booking however
 * often it is sent (its idempotency key).
 */
public final class GuestBookingForm {

    /** How the guest pays. */
    public enum PaymentChoice {
        CARD, COUNTER
    }

    /** How long a walk-in's booking is awaited on this desk before it is left to staff. */
    static final Duration WALK_IN_PATIENCE = Duration.ofSeconds(30);

    private final GuestBookings bookings;
    private final UiExecutor ui;
    private final LocalDate today;
    /**
     * This booking's idempotency key: sent again after an answer that never came (the server may have booked it);
     * a new one after a refusal, so that a corrected form (another card) is a new request.
     */
    private volatile UUID attempt = UUID.randomUUID();
    private final FormState state;
    private final StringProperty guestName = new SimpleStringProperty("");
    private final StringProperty phone = new SimpleStringProperty("");
    private final StringProperty email = new SimpleStringProperty("");
    private final ObjectProperty<LocalDate> checkIn = new SimpleObjectProperty<>();
    private final ObjectProperty<LocalDate> checkOut = new SimpleObjectProperty<>();
    private final ObjectProperty<Integer> guests = new SimpleObjectProperty<>(1);
    private final ObservableList<RoomOffer> offers = FXCollections.observableArrayList();
    private final StringProperty offersNote = new SimpleStringProperty();
    private final ObjectProperty<RoomOffer> offer = new SimpleObjectProperty<>();
    private final ObjectProperty<PaymentChoice> payment = new SimpleObjectProperty<>(PaymentChoice.COUNTER);
    private final StringProperty cardNumber = new SimpleStringProperty("");
    private final StringProperty expiry = new SimpleStringProperty("");
    private final StringProperty cvc = new SimpleStringProperty("");
    private final StringProperty reference = new SimpleStringProperty("");
    private final BooleanProperty checkInNow = new SimpleBooleanProperty();
    /** An answer never came: the form is locked, so that sending again is the same request (never a second one). */
    private final BooleanProperty answerLost = new SimpleBooleanProperty();
    /** Which read of the offers is the latest: an older answer arriving late is dropped. */
    private long offersAsked;

    GuestBookingForm(GuestBookings bookings, UiExecutor ui, LocalDate today) {
        this.bookings = bookings;
        this.ui = ui;
        this.today = today;
        this.state = new FormState(ui, Set.of("guestName", "phone", "email", "roomType", "checkIn", "checkOut",
                "guestCount", "card.number", "card.expiry", "card.cvc", "payment.reference"));
        checkIn.set(today);
        checkOut.set(today.plusDays(1));
        // each change of the stay reads the offers again (the first read is the opener's: readOffers)
        checkIn.addListener((value, was, day) -> {
            if (!today.equals(day)) {
                checkInNow.set(false);
            }
            readOffers();
        });
        checkOut.addListener((value, was, now) -> readOffers());
        payment.addListener((value, was, now) -> {
            if (now == PaymentChoice.COUNTER) {
                forgetCard();   // a card not used is not kept
            }
        });
        guests.addListener((value, was, now) -> readOffers());
    }

    /** Whether an answer never came: the form's fields are locked until the same request is answered. */
    public BooleanProperty answerLostProperty() {
        return answerLost;
    }

    /** Reads the room types free for the stay now (the form does so itself whenever the stay changes). */
    public void readOffers() {
        LocalDate in = checkIn.get();
        LocalDate out = checkOut.get();
        Integer count = guests.get();
        long asked = ++offersAsked;
        if (in == null || out == null || count == null || !out.isAfter(in) || in.isBefore(today)) {
            offers.clear();
            offer.set(null);
            offersNote.set("booking.offers.dates");
            return;
        }
        offersNote.set("booking.offers.reading");
        ui.submit(() -> bookings.offers(in, out, count), read -> {
            if (asked != offersAsked) {
                return;
            }
            String chosen = offer.get() == null ? null : offer.get().roomType();
            offers.setAll(read);
            offer.set(read.stream().filter(o -> o.roomType().equals(chosen) && !o.soldOut()).findFirst()
                    .orElse(null));
            offersNote.set(read.stream().allMatch(RoomOffer::soldOut) ? "booking.offers.none" : null);
        }, failure -> {
            if (asked == offersAsked) {
                offers.clear();
                offer.set(null);
                offersNote.set(StaffTexts.of(failure, null));
            }
        });
    }

    /** Whether the guest can be checked in at once: the stay starts today. */
    public BooleanBinding canCheckInNow() {
        return Bindings.createBooleanBinding(() -> today.equals(checkIn.get()), checkIn);
    }

    public BooleanBinding cannotSave() {
        return Bindings.createBooleanBinding(() -> state.busyProperty().get() || guestName.get().isBlank()
                        || phone.get().isBlank() || offer.get() == null || offer.get().soldOut()
                        || (payment.get() == PaymentChoice.CARD ? cardNumber.get().isBlank() || expiry.get().isBlank()
                        || cvc.get().isBlank() : reference.get().isBlank()),
                state.busyProperty(), guestName, phone, offer, payment, cardNumber, expiry, cvc, reference);
    }

    /**
     * Books and pays; {@code booked} gets the booking as the server took it (with the guest's access token, to show
     * once). The card's details are cleared once it is taken (kept in this form only while staff correct it).
     */
    public void save(Consumer<BookedForGuest> booked) {
        if (cannotSave().get()) {
            return;
        }
        CounterBooking.Payment paid = payment.get() == PaymentChoice.CARD
                ? new CounterBooking.ByCard(cardNumber.get().strip(), expiry.get().strip(), cvc.get().strip())
                : new CounterBooking.AtCounter(reference.get().strip());
        var booking = new CounterBooking(guestName.get().strip(), phone.get().strip(),
                email.get().isBlank() ? null : email.get().strip(), offer.get().roomType(), checkIn.get(),
                checkOut.get(), guests.get(), paid);
        UUID key = attempt;
        state.send(() -> bookings.book(booking, key), null, taken -> {
            forgetCard();
            answerLost.set(false);
            booked.accept(taken);
        }, this::refused);
    }

    /** What a refusal means for the next press: the same request again, or a new one. */
    private void refused(Throwable failure) {
        var reason = failure instanceof StaffChangeRefusedException refused ? refused.reason()
                : StaffChangeRefusedException.Reason.OTHER;
        switch (reason) {
            // the server may have booked it, or is booking it: the same request again, unchanged
            case UNREACHABLE, IN_PROGRESS -> answerLost.set(true);
            // nothing was booked and the key was freed (the payment failed before any charge)
            case PAYMENT_UNAVAILABLE -> { }
            case DECLINED -> {
                forgetCard();
                attempt = UUID.randomUUID();
            }
            default -> attempt = UUID.randomUUID();
        }
    }

    private void forgetCard() {
        cardNumber.set("");
        expiry.set("");
        cvc.set("");
    }

    /**
     * A walk-in's check-in once the booking reaches this desk; {@code done} gets a {@link ScreenText} saying what
     * became of it (checked in to a room, or left to staff).
     */
    public void checkInOnArrival(BookedForGuest booked, Consumer<String> done) {
        ui.submit(() -> bookings.checkInOnArrival(booked.orderId(), WALK_IN_PATIENCE), arrived -> done.accept(
                arrived.map(GuestBookingForm::checkedIn).orElse("booking.walk-in.not-arrived")),
                failure -> done.accept(ScreenText.of("booking.walk-in.refused", String.valueOf(failure.getMessage()))));
    }

    private static String checkedIn(DeskBooking booking) {
        return ScreenText.of("booking.walk-in.checked-in", booking.guestName());
    }

    /** The room types offered for the stay (sold out ones too, marked). */
    public ObservableList<RoomOffer> offers() {
        return offers;
    }

    /** Why no offers show (a {@link ScreenText} or key), or null when they do. */
    public StringProperty offersNoteProperty() {
        return offersNote;
    }

    public Optional<String> chosenType() {
        return Optional.ofNullable(offer.get()).map(RoomOffer::roomType);
    }

    public FormState state() {
        return state;
    }

    public StringProperty guestNameProperty() {
        return guestName;
    }

    public StringProperty phoneProperty() {
        return phone;
    }

    public StringProperty emailProperty() {
        return email;
    }

    public ObjectProperty<LocalDate> checkInProperty() {
        return checkIn;
    }

    public ObjectProperty<LocalDate> checkOutProperty() {
        return checkOut;
    }

    public ObjectProperty<Integer> guestsProperty() {
        return guests;
    }

    public ObjectProperty<RoomOffer> offerProperty() {
        return offer;
    }

    public ObjectProperty<PaymentChoice> paymentProperty() {
        return payment;
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

    public StringProperty referenceProperty() {
        return reference;
    }

    public BooleanProperty checkInNowProperty() {
        return checkInNow;
    }
}
