package gotohotel.desk.view;

import gotohotel.desk.service.ManagedRoom;
import gotohotel.desk.viewmodel.RoomsViewModel;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ChoiceDialog;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

/**
 * The Rooms screen (managers, online): every room with new / change / out of order / back in order. A refusal
 * shows in words; one that would leave a type's bookings without rooms names those bookings.
 */
final class RoomsView {

    private final RoomsViewModel model;
    private final Texts t;
    private Window window;

    private RoomsView(RoomsViewModel model, Texts t) {
        this.model = model;
        this.t = t;
    }

    /** Shows the screen over the desk until closed. */
    static void show(Window owner, Texts t, RoomsViewModel model) {
        var dialog = new Dialog<Void>();
        dialog.initOwner(owner);
        dialog.setTitle(t.get("rooms.title"));
        dialog.setResizable(true);
        if (owner != null && owner.getScene() != null) {
            dialog.getDialogPane().getStylesheets().setAll(owner.getScene().getStylesheets());   // the desk's font
        }
        var view = new RoomsView(model, t);
        dialog.getDialogPane().setContent(view.build());
        dialog.getDialogPane().setPrefSize(900, 640);
        var close = new ButtonType(t.get("staff.close"), ButtonBar.ButtonData.CANCEL_CLOSE);
        dialog.getDialogPane().getButtonTypes().setAll(close);
        dialog.getDialogPane().lookupButton(close).setId("roomsClose");
        dialog.setOnShown(e -> view.window = dialog.getDialogPane().getScene().getWindow());
        model.load();
        dialog.showAndWait();
    }

    private Node build() {
        var table = roomsTable();
        var selected = table.getSelectionModel().selectedItemProperty();
        var add = button("roomNew", "rooms.new");
        add.setOnAction(e -> RoomDialogs.room(window, t, model.newRoom()).ifPresent(room -> {
            model.saved(null, room);
            table.getSelectionModel().select(room);
        }));
        var edit = button("roomEdit", "rooms.edit");
        edit.setOnAction(e -> {
            var room = selected.get();
            RoomDialogs.room(window, t, model.edit(room)).ifPresent(changed -> {
                model.saved(room.number(), changed);
                table.getSelectionModel().select(changed);
            });
        });
        var offSale = button("roomOutOfOrder", "rooms.out-of-order");
        offSale.setOnAction(e -> {
            var room = selected.get();
            RoomDialogs.outOfOrder(window, t, model.outOfOrder(room)).ifPresent(changed -> {
                model.saved(room.number(), changed);
                table.getSelectionModel().select(changed);
            });
        });
        var back = button("roomBackInOrder", "rooms.back-in-order");
        back.setOnAction(e -> {
            var room = selected.get();
            choosePeriod(room).ifPresent(period -> model.backInOrder(room, period));
        });
        for (var needsOne : new Button[] {edit, offSale}) {
            needsOne.disableProperty().bind(selected.isNull().or(model.busyProperty()));
        }
        back.disableProperty().bind(Bindings.createBooleanBinding(() -> selected.get() == null
                || selected.get().outOfOrder().isEmpty() || model.busyProperty().get(), selected, model.busyProperty()));
        add.disableProperty().bind(model.busyProperty());
        var refresh = button("roomsRefresh", "staff.refresh");
        refresh.setOnAction(e -> model.load());
        var spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        var actions = new HBox(8, add, edit, offSale, back, spacer, refresh);
        actions.setAlignment(Pos.CENTER_LEFT);

        var error = new Label();
        error.setId("roomsError");
        error.getStyleClass().add("error-text");
        error.setWrapText(true);
        error.setMinHeight(Region.USE_PREF_SIZE);
        error.textProperty().bind(model.errorProperty().map(t::say).orElse(""));
        error.managedProperty().bind(error.textProperty().isNotEmpty());
        var note = new Label(t.get("rooms.note"));
        note.getStyleClass().add("muted");
        note.setWrapText(true);
        note.setMinHeight(Region.USE_PREF_SIZE);
        var screen = new VBox(8, note, actions, table, error);
        VBox.setVgrow(table, Priority.ALWAYS);
        return screen;
    }

    private TableView<ManagedRoom> roomsTable() {
        var table = new TableView<>(model.rooms());
        table.setId("rooms");
        table.setPlaceholder(new Label(t.get("rooms.none")));
        table.getColumns().setAll(List.of(
                column("rack.room", ManagedRoom::number, 90),
                column("column.room-type", room -> t.orElse("room." + room.roomType(), room.roomType()), 130),
                column("rooms.column.housekeeping", room -> t.get("housekeeping." + room.housekeeping()), 120),
                column("rooms.column.service", room -> room.outOfService() ? t.get("rooms.out-of-service")
                        : "", 130),
                column("rooms.column.out-of-order", room -> room.outOfOrder().stream().map(this::period)
                        .collect(Collectors.joining("; ")), 360)));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        return table;
    }

    /** The period the manager puts back in order: the only one, or the one chosen of several. */
    private Optional<ManagedRoom.OffSale> choosePeriod(ManagedRoom room) {
        var periods = room.outOfOrder();
        if (periods.size() == 1) {
            return confirm(room, periods.get(0)) ? Optional.of(periods.get(0)) : Optional.empty();
        }
        var shown = periods.stream().map(this::period).toList();
        var choice = new ChoiceDialog<>(shown.get(0), shown);
        choice.initOwner(window);
        choice.setTitle(t.get("rooms.title"));
        choice.setHeaderText(t.format("rooms.back-in-order.choose", room.number()));
        choice.getDialogPane().getStylesheets().setAll(window.getScene().getStylesheets());
        return choice.showAndWait().map(chosen -> periods.get(shown.indexOf(chosen)));
    }

    private boolean confirm(ManagedRoom room, ManagedRoom.OffSale period) {
        var alert = new Alert(Alert.AlertType.CONFIRMATION);
        alert.initOwner(window);
        alert.setTitle(t.get("rooms.title"));
        alert.setHeaderText(t.format("rooms.back-in-order.confirm", room.number(), period(period)));
        if (window != null && window.getScene() != null) {
            alert.getDialogPane().getStylesheets().setAll(window.getScene().getStylesheets());
        }
        var yes = new ButtonType(t.get("rooms.back-in-order"), ButtonBar.ButtonData.OK_DONE);
        alert.getButtonTypes().setAll(yes, new ButtonType(t.get("cancel"), ButtonBar.ButtonData.CANCEL_CLOSE));
        alert.getDialogPane().lookupButton(yes).setId("confirmOk");
        return alert.showAndWait().filter(yes::equals).isPresent();
    }

    /** "5/12 – 8/12 (new carpet)": the first night to the morning it is back. */
    private String period(ManagedRoom.OffSale period) {
        return t.format("rooms.period", t.date(period.from()), t.date(period.until()), period.reason());
    }

    private <S> TableColumn<S, String> column(String titleKey, Function<S, String> value, double width) {
        var column = new TableColumn<S, String>(t.get(titleKey));
        column.setCellValueFactory(cell -> new ReadOnlyStringWrapper(value.apply(cell.getValue())));
        column.setPrefWidth(width);
        return column;
    }

    private Button button(String id, String key) {
        var button = new Button(t.get(key));
        button.setId(id);
        return button;
    }
}
