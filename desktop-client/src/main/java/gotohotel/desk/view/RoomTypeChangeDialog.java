package gotohotel.desk.view;

import gotohotel.desk.service.RoomOffer;
import gotohotel.desk.viewmodel.RoomTypeChangeForm;
import java.util.function.Consumer;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.PasswordField;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

/**
 * Another room type for a booking not yet arrived (online): the other types free for its nights with the stay's
 * price, what the change refunds or charges, and a card's fields only when it charges. Stays open while the server
 * refuses, with its reason.
 */
final class RoomTypeChangeDialog {

    private RoomTypeChangeDialog() {
    }

    /** True once the server took the new type. */
    static boolean show(Window owner, Texts t, RoomTypeChangeForm form) {
        var booking = form.booking();
        var dialog = FormDialogs.dialog(owner, t, t.get("room-type.title"), t.format("room-type.header",
                booking.guestName(), t.orElse("room." + booking.roomType(), booking.roomType()),
                t.date(booking.checkIn()), t.date(booking.checkOut())));
        var grid = FormDialogs.grid();
        int row = FormDialogs.field(grid, 0, t, form.state(), "roomType", offers(t, form));
        var difference = new Label();
        difference.setId("roomTypeDifference");
        difference.setWrapText(true);
        difference.setMaxWidth(320);
        difference.setMinHeight(Region.USE_PREF_SIZE);
        difference.textProperty().bind(form.difference().map(amount -> amount.signum() > 0
                ? t.format("room-type.charged", GuestBookingDialog.money(t, booking.currency(), amount))
                : amount.signum() < 0
                ? t.format("room-type.refunded", GuestBookingDialog.money(t, booking.currency(), amount.negate()))
                : t.get("room-type.same-price")).orElse(""));
        grid.add(difference, 1, row * 2);
        row++;
        int cardFrom = row;
        var number = new PasswordField();
        number.setId("roomTypeCardNumber");
        number.textProperty().bindBidirectional(form.cardNumberProperty());
        row = FormDialogs.field(grid, row, t, form.state(), "card.number", number);
        var expiry = new TextField();
        expiry.setId("roomTypeCardExpiry");
        expiry.textProperty().bindBidirectional(form.expiryProperty());
        row = FormDialogs.field(grid, row, t, form.state(), "card.expiry", expiry);
        var cvc = new PasswordField();
        cvc.setId("roomTypeCardCvc");
        cvc.textProperty().bindBidirectional(form.cvcProperty());
        row = FormDialogs.field(grid, row, t, form.state(), "card.cvc", cvc);
        for (Node node : grid.getChildren()) {
            Integer at = GridPane.getRowIndex(node);
            if (at != null && at >= cardFrom * 2 && at < row * 2 && !node.visibleProperty().isBound()) {
                node.visibleProperty().bind(form.dearer());
                node.managedProperty().bind(node.visibleProperty());
            }
        }
        var note = new Label(t.get("room-type.note"));
        note.getStyleClass().add("muted");
        note.setWrapText(true);
        note.setMaxWidth(420);
        note.setMinHeight(Region.USE_PREF_SIZE);
        grid.add(note, 1, row * 2);
        FormDialogs.refitOn(dialog, form.dearer());   // the card's rows come and go
        Consumer<Consumer<Boolean>> save = done -> form.save(() -> done.accept(true));
        return FormDialogs.show(dialog, t, grid, form.state(), form.cannotSave(), "room-type.save", save).isPresent();
    }

    /** The other room types for the stay: left and price, sold out ones shown but not chosen; why none, below. */
    private static Node offers(Texts t, RoomTypeChangeForm form) {
        var box = new ComboBox<>(form.offers());
        box.setId("roomTypeChoice");
        box.setPrefWidth(320);
        box.valueProperty().bindBidirectional(form.offerProperty());
        box.setCellFactory(list -> new ListCell<>() {
            @Override
            protected void updateItem(RoomOffer offer, boolean empty) {
                super.updateItem(offer, empty);
                setText(empty || offer == null ? null : GuestBookingDialog.offer(t, offer));
                setDisable(!empty && offer != null && offer.soldOut());
            }
        });
        box.setButtonCell(box.getCellFactory().call(null));
        var note = new Label();
        note.setId("roomTypeOffersNote");
        note.getStyleClass().add("muted");
        note.setWrapText(true);
        note.setMaxWidth(320);
        note.setMinHeight(Region.USE_PREF_SIZE);
        note.textProperty().bind(form.offersNoteProperty().map(t::say).orElse(""));
        note.managedProperty().bind(note.textProperty().isNotEmpty());
        return new VBox(4, box, note);
    }
}
