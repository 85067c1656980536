package gotohotel.desk.view;

import gotohotel.desk.service.ManagedRoom;
import gotohotel.desk.viewmodel.OutOfOrderForm;
import gotohotel.desk.viewmodel.RoomForm;
import java.util.Optional;
import java.util.function.Consumer;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.stage.Window;
import javafx.util.StringConverter;

/**
 * The room forms as dialogs, in the staff forms' frame ({@link FormDialogs}): a new or changed room, and a room
 * taken out of order for dates. A dialog stays open while the server refuses, with its reason in words.
 */
final class RoomDialogs {

    private RoomDialogs() {
    }

    /** Adds or changes a room; the room as the server holds it afterwards, if saved. */
    static Optional<ManagedRoom> room(Window owner, Texts t, RoomForm form) {
        var dialog = FormDialogs.dialog(owner, t, t.get(form.isNew() ? "rooms.new.title" : "rooms.edit.title"),
                form.isNew() ? t.get("rooms.new.header") : t.format("rooms.edit.header", form.editedNumber()));
        var grid = FormDialogs.grid();
        var number = new TextField();
        number.setId("roomNumber");
        number.setPrefColumnCount(8);
        number.textProperty().bindBidirectional(form.numberProperty());
        int row = FormDialogs.field(grid, 0, t, form.state(), "number", number);
        var type = new ComboBox<String>();
        type.setId("roomType");
        type.getItems().setAll(form.roomTypes());
        type.setConverter(new StringConverter<>() {
            @Override
            public String toString(String code) {
                return code == null ? "" : t.orElse("room." + code, code);
            }

            @Override
            public String fromString(String text) {
                return null;
            }
        });
        type.valueProperty().bindBidirectional(form.roomTypeProperty());
        row = FormDialogs.field(grid, row, t, form.state(), "roomType", type);
        if (!form.isNew()) {
            var flagged = new CheckBox(t.get("rooms.out-of-service.check"));
            flagged.setId("roomOutOfService");
            flagged.selectedProperty().bindBidirectional(form.outOfServiceProperty());
            FormDialogs.field(grid, row, t, form.state(), "outOfService", flagged);
            var hint = new Label(t.get("rooms.edit.hint"));
            hint.getStyleClass().add("muted");
            hint.setWrapText(true);
            hint.setMaxWidth(420);
            grid.add(hint, 1, row * 2 + 2);
        }
        Consumer<Consumer<ManagedRoom>> save = form::save;
        return FormDialogs.show(dialog, t, grid, form.state(), form.cannotSave(), "staff.save", save);
    }

    /** Takes a room out of order for dates; the room as the server holds it afterwards, if it took them. */
    static Optional<ManagedRoom> outOfOrder(Window owner, Texts t, OutOfOrderForm form) {
        var dialog = FormDialogs.dialog(owner, t, t.get("rooms.out-of-order.title"),
                t.format("rooms.out-of-order.header", form.number()));
        var grid = FormDialogs.grid();
        var from = new DatePicker();
        from.setId("outOfOrderFrom");
        from.valueProperty().bindBidirectional(form.fromProperty());
        int row = FormDialogs.field(grid, 0, t, form.state(), "from", from);
        var until = new DatePicker();
        until.setId("outOfOrderUntil");
        until.valueProperty().bindBidirectional(form.untilProperty());
        row = FormDialogs.field(grid, row, t, form.state(), "until", until);
        var reason = new TextField();
        reason.setId("outOfOrderReason");
        reason.setPrefColumnCount(28);
        reason.setPromptText(t.get("rooms.out-of-order.reason.prompt"));
        reason.textProperty().bindBidirectional(form.reasonProperty());
        FormDialogs.field(grid, row, t, form.state(), "reason", reason);
        Consumer<Consumer<ManagedRoom>> save = form::save;
        return FormDialogs.show(dialog, t, grid, form.state(), form.cannotSave(), "rooms.out-of-order.save", save);
    }
}
