package gotohotel.desk.view;

import gotohotel.desk.viewmodel.StayChangeForm;
import java.util.function.Consumer;
import javafx.scene.Node;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.stage.Window;

/**
 * New dates for a booking (online): fewer nights refunded by its cancellation policy, nights added charged to a card
 * whose fields show only then. Stays open while the server refuses, with its reason.
 */
final class StayChangeDialog {

    private StayChangeDialog() {
    }

    /** True once the server took the new dates. */
    static boolean show(Window owner, Texts t, StayChangeForm form) {
        var booking = form.booking();
        var dialog = FormDialogs.dialog(owner, t, t.get("stay.title"), t.format("stay.header", booking.guestName(),
                t.date(booking.checkIn()), t.date(booking.checkOut())));
        var grid = FormDialogs.grid();
        var checkIn = new DatePicker();
        checkIn.setId("stayCheckIn");
        checkIn.valueProperty().bindBidirectional(form.checkInProperty());
        int row = FormDialogs.field(grid, 0, t, form.state(), "checkIn", checkIn);
        var checkOut = new DatePicker();
        checkOut.setId("stayCheckOut");
        checkOut.valueProperty().bindBidirectional(form.checkOutProperty());
        row = FormDialogs.field(grid, row, t, form.state(), "checkOut", checkOut);
        int cardFrom = row;
        var number = new PasswordField();
        number.setId("stayCardNumber");
        number.textProperty().bindBidirectional(form.cardNumberProperty());
        row = FormDialogs.field(grid, row, t, form.state(), "card.number", number);
        var expiry = new TextField();
        expiry.setId("stayCardExpiry");
        expiry.textProperty().bindBidirectional(form.expiryProperty());
        row = FormDialogs.field(grid, row, t, form.state(), "card.expiry", expiry);
        var cvc = new PasswordField();
        cvc.setId("stayCardCvc");
        cvc.textProperty().bindBidirectional(form.cvcProperty());
        row = FormDialogs.field(grid, row, t, form.state(), "card.cvc", cvc);
        for (Node node : grid.getChildren()) {
            Integer at = GridPane.getRowIndex(node);
            if (at != null && at >= cardFrom * 2 && at < row * 2 && !node.visibleProperty().isBound()) {
                node.visibleProperty().bind(form.addsNights());
                node.managedProperty().bind(node.visibleProperty());
            }
        }
        var note = new Label(t.get("stay.note"));
        note.getStyleClass().add("muted");
        note.setWrapText(true);
        note.setMaxWidth(420);
        grid.add(note, 1, row * 2);
        FormDialogs.refitOn(dialog, form.addsNights());   // the card's rows come and go
        Consumer<Consumer<Boolean>> save = done -> form.save(() -> done.accept(true));
        return FormDialogs.show(dialog, t, grid, form.state(), form.cannotSave(), "stay.save", save).isPresent();
    }
}
