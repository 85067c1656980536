package gotohotel.desk.view;

import gotohotel.desk.service.BookedForGuest;
import gotohotel.desk.service.RoomOffer;
import gotohotel.desk.viewmodel.GuestBookingForm;
import gotohotel.desk.viewmodel.GuestBookingForm.PaymentChoice;
import java.math.BigDecimal;
import java.text.NumberFormat;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import javafx.application.Platform;
import javafx.print.PrinterJob;
import javafx.scene.Node;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.PasswordField;
import javafx.scene.control.RadioButton;
import javafx.scene.control.Spinner;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

/**
 * A booking for a guest at the counter or on the phone: the guest, the nights and guests with the room types free
 * for them (read again as they change), how the guest pays, and — for a walk-in — the check-in at once. Once booked,
 * the guest's access code is shown once, to print or read out.
 */
final class GuestBookingDialog {

    private GuestBookingDialog() {
    }

    /** The booking as the server took it, if it did. */
    static Optional<BookedForGuest> book(Window owner, Texts t, GuestBookingForm form) {
        var dialog = FormDialogs.dialog(owner, t, t.get("booking.title"), t.get("booking.header"));
        var grid = FormDialogs.grid();
        int row = FormDialogs.field(grid, 0, t, form.state(), "guestName",
                text("bookingGuest", form.guestNameProperty()));
        row = FormDialogs.field(grid, row, t, form.state(), "phone", text("bookingPhone", form.phoneProperty()));
        row = FormDialogs.field(grid, row, t, form.state(), "email", text("bookingEmail", form.emailProperty()));
        var checkIn = new DatePicker();
        checkIn.setId("bookingCheckIn");
        checkIn.valueProperty().bindBidirectional(form.checkInProperty());
        row = FormDialogs.field(grid, row, t, form.state(), "checkIn", checkIn);
        var checkOut = new DatePicker();
        checkOut.setId("bookingCheckOut");
        checkOut.valueProperty().bindBidirectional(form.checkOutProperty());
        row = FormDialogs.field(grid, row, t, form.state(), "checkOut", checkOut);
        var guests = new Spinner<Integer>(1, 8, form.guestsProperty().get());
        guests.setId("bookingGuests");
        guests.getValueFactory().valueProperty().bindBidirectional(form.guestsProperty());
        row = FormDialogs.field(grid, row, t, form.state(), "guestCount", guests);
        row = FormDialogs.field(grid, row, t, form.state(), "roomType", offers(t, form));
        row = payment(grid, row, t, form);
        var walkIn = new CheckBox(t.get("booking.walk-in"));
        walkIn.setId("bookingWalkIn");
        walkIn.selectedProperty().bindBidirectional(form.checkInNowProperty());
        walkIn.disableProperty().bind(form.canCheckInNow().not().or(form.answerLostProperty()));
        grid.add(walkIn, 1, row * 2);
        // an answer that never came locks the form: pressing again sends the same booking, never a second one
        var lost = new Label(t.get("booking.answer-lost"));
        lost.setId("bookingAnswerLost");
        lost.getStyleClass().add("error-text");
        lost.setWrapText(true);
        lost.setMaxWidth(420);
        lost.setMinHeight(Region.USE_PREF_SIZE);
        lost.visibleProperty().bind(form.answerLostProperty());
        lost.managedProperty().bind(lost.visibleProperty());
        grid.add(lost, 1, row * 2 + 2);
        for (Node node : List.copyOf(grid.getChildren())) {
            if (node != lost && !(node instanceof Label) && !node.disableProperty().isBound()) {
                node.disableProperty().bind(form.answerLostProperty());
            }
        }
        FormDialogs.refitOn(dialog, form.answerLostProperty());
        FormDialogs.refitOn(dialog, form.paymentProperty());   // the card's or the receipt's rows
        Consumer<Consumer<BookedForGuest>> save = form::save;
        return FormDialogs.show(dialog, t, grid, form.state(), form.cannotSave(), "booking.save", save);
    }

    /** The room types for the stay: left and price, sold out ones shown but not chosen; why none, below. */
    private static Node offers(Texts t, GuestBookingForm form) {
        var box = new ComboBox<>(form.offers());
        box.setId("bookingRoomType");
        box.setPrefWidth(320);
        box.valueProperty().bindBidirectional(form.offerProperty());
        box.setCellFactory(list -> new ListCell<>() {
            @Override
            protected void updateItem(RoomOffer offer, boolean empty) {
                super.updateItem(offer, empty);
                setText(empty || offer == null ? null : offer(t, offer));
                setDisable(!empty && offer != null && offer.soldOut());
            }
        });
        box.setButtonCell(box.getCellFactory().call(null));
        var note = new Label();
        note.setId("bookingOffersNote");
        note.getStyleClass().add("muted");
        note.setWrapText(true);
        note.setMaxWidth(320);
        note.setMinHeight(Region.USE_PREF_SIZE);
        note.textProperty().bind(form.offersNoteProperty().map(t::say).orElse(""));
        note.managedProperty().bind(note.textProperty().isNotEmpty());
        return new VBox(4, box, note);
    }

    static String offer(Texts t, RoomOffer offer) {
        String type = t.orElse("room." + offer.roomType(), offer.roomType());
        return offer.soldOut() ? t.format("booking.offer.sold-out", type)
                : t.format("booking.offer", type, offer.available(), money(t, offer.currency(), offer.totalPrice()));
    }

    /** Card or counter, and the fields of the one chosen. */
    private static int payment(GridPane grid, int row, Texts t, GuestBookingForm form) {
        var byCard = new RadioButton(t.get("booking.pay.card"));
        byCard.setId("bookingPayCard");
        var atCounter = new RadioButton(t.get("booking.pay.counter"));
        atCounter.setId("bookingPayCounter");
        var choice = new ToggleGroup();
        byCard.setToggleGroup(choice);
        atCounter.setToggleGroup(choice);
        (form.paymentProperty().get() == PaymentChoice.CARD ? byCard : atCounter).setSelected(true);
        choice.selectedToggleProperty().subscribe(chosen -> form.paymentProperty().set(chosen == byCard
                ? PaymentChoice.CARD : PaymentChoice.COUNTER));
        var label = new Label(t.get("booking.pay"));
        grid.add(label, 0, row * 2);
        grid.add(new HBox(16, atCounter, byCard), 1, row * 2);
        row++;
        var byCardShown = form.paymentProperty().isEqualTo(PaymentChoice.CARD);
        int first = row;
        row = FormDialogs.field(grid, row, t, form.state(), "card.number",
                masked("bookingCardNumber", form.cardNumberProperty()));
        row = FormDialogs.field(grid, row, t, form.state(), "card.expiry",
                text("bookingCardExpiry", form.expiryProperty()));
        row = FormDialogs.field(grid, row, t, form.state(), "card.cvc", masked("bookingCardCvc", form.cvcProperty()));
        int cardRows = row;
        row = FormDialogs.field(grid, row, t, form.state(), "payment.reference",
                text("bookingReference", form.referenceProperty()));
        for (Node node : grid.getChildren()) {
            Integer at = GridPane.getRowIndex(node);
            if (at != null && at >= first * 2 && at < row * 2 && !node.visibleProperty().isBound()) {
                boolean card = at < cardRows * 2;
                node.visibleProperty().bind(card ? byCardShown : byCardShown.not());
                node.managedProperty().bind(node.visibleProperty());
            }
        }
        return row;
    }

    /** Shows the booking and the guest's access code once; a walk-in's check-in outcome arrives in it. */
    static void showBooked(Window owner, Texts t, BookedForGuest booked, GuestBookingForm form) {
        var alert = new Alert(Alert.AlertType.INFORMATION);
        alert.initOwner(owner);
        alert.setTitle(t.get("booking.title"));
        alert.setHeaderText(t.format("booking.booked", form.guestNameProperty().get(),
                t.orElse("room." + booked.roomType(), booked.roomType()), t.date(booked.checkIn()),
                t.date(booked.checkOut()), money(t, booked.currency(), booked.total())));
        if (owner != null && owner.getScene() != null) {
            alert.getDialogPane().getStylesheets().setAll(owner.getScene().getStylesheets());
        }
        var order = new TextField(booked.orderId().toString());
        order.setId("bookedOrder");
        order.setEditable(false);
        order.setPrefColumnCount(30);
        var token = new TextField(booked.accessToken());
        token.setId("bookedToken");
        token.setEditable(false);
        token.setPrefColumnCount(30);
        var note = new Label(t.get("booking.token.note"));
        note.setWrapText(true);
        note.setMaxWidth(460);
        note.setMinHeight(Region.USE_PREF_SIZE);
        var outcome = new Label();
        outcome.setId("walkInOutcome");
        outcome.setWrapText(true);
        outcome.setMaxWidth(460);
        outcome.setMinHeight(Region.USE_PREF_SIZE);
        var printNote = new Label();
        printNote.setId("bookedPrintNote");
        printNote.getStyleClass().add("muted");
        printNote.managedProperty().bind(printNote.textProperty().isNotEmpty());
        var grid = FormDialogs.grid();
        grid.addRow(0, new Label(t.get("booking.order")), order);
        grid.addRow(1, new Label(t.get("booking.token")), token);
        alert.getDialogPane().setContent(new VBox(10, grid, note, outcome, printNote));
        // a line arriving later (the walk-in's check-in, the printer) makes the dialog taller: its buttons stay in sight
        for (var line : new Label[] {outcome, printNote}) {
            line.textProperty().subscribe(now -> Platform.runLater(() -> {
                var scene = alert.getDialogPane().getScene();
                if (scene != null && scene.getWindow() != null) {
                    scene.getWindow().sizeToScene();
                }
            }));
        }
        if (form.checkInNowProperty().get()) {
            outcome.setText(t.get("booking.walk-in.waiting"));
            form.checkInOnArrival(booked, said -> outcome.setText(t.say(said)));
        }
        var print = new ButtonType(t.get("booking.print"), ButtonBar.ButtonData.LEFT);
        var close = new ButtonType(t.get("staff.close"), ButtonBar.ButtonData.OK_DONE);
        alert.getButtonTypes().setAll(print, close);
        var printButton = alert.getDialogPane().lookupButton(print);
        printButton.setId("bookedPrint");
        printButton.addEventFilter(javafx.event.ActionEvent.ACTION, e -> {
            e.consume();   // printing leaves the code on screen
            printSlip(alert.getDialogPane().getContent(), owner, printNote, t);
        });
        alert.getDialogPane().lookupButton(close).setId("bookedClose");
        alert.showAndWait();
    }

    /** The slip on the system's printer, after its print dialog; without a printer, the note says so. */
    private static void printSlip(Node slip, Window owner, Label note, Texts t) {
        var job = PrinterJob.createPrinterJob();
        if (job == null) {
            note.setText(t.get("booking.print.none"));
            return;
        }
        if (job.showPrintDialog(owner) && job.printPage(slip)) {
            job.endJob();
            note.setText(t.get("booking.print.sent"));
        } else {
            job.cancelJob();
        }
    }

    static String money(Texts t, String currency, BigDecimal amount) {
        var format = NumberFormat.getNumberInstance(t.locale());
        int scale = Math.max(0, amount.stripTrailingZeros().scale());
        format.setMinimumFractionDigits(scale);
        format.setMaximumFractionDigits(scale);
        return (currency == null ? "" : currency + " ") + format.format(amount);
    }

    private static TextField text(String id, javafx.beans.property.StringProperty value) {
        var field = new TextField();
        field.setId(id);
        field.textProperty().bindBidirectional(value);
        return field;
    }

    private static PasswordField masked(String id, javafx.beans.property.StringProperty value) {
        var field = new PasswordField();
        field.setId(id);
        field.textProperty().bindBidirectional(value);
        return field;
    }
}
