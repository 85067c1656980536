package gotohotel.desk.view;

import gotohotel.desk.service.DeskRoom;
import gotohotel.desk.service.RoomStay;
import gotohotel.desk.viewmodel.RackRow;
import gotohotel.desk.viewmodel.RackViewModel;
import gotohotel.shared.api.HousekeepingStatus;
import java.time.LocalDate;
import java.time.format.TextStyle;
import java.util.List;
import java.util.Locale;
import javafx.application.Platform;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Parent;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Label;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SelectionMode;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TablePosition;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/**
 * The room rack: rooms grouped by type down, the next 14 nights across, stays as bars with the guest's name and
 * status. A table, so only the lines on screen have cells (300 rooms or 3,000 cost the same to show). Keyboard
 * first: arrows move over the nights, Enter on a stay chooses it and Enter on a room gives it that room, Esc lets it
 * go; C, D and I (or the context menu) mark the room Clean, Dirty or Inspected. Colour is never alone: every mark
 * has a letter or a word, and each room and stay a tooltip (one for the rack, its text made for the cell pointed at).
 */
final class RackView {

    private static final String[] STATUS_CLASSES = {"rack-pending-confirmation", "rack-confirmed", "rack-checked-in"};

    private RackView() {
    }

    static Parent build(RackViewModel model, Texts t) {
        var lines = RackLines.following(model.rows());
        var cursor = new CursorKeeper();
        lines.addListener(cursor);   // before the table's own listener
        var table = new TableView<>(lines);
        cursor.table = table;
        table.setId("rack");
        table.setColumnResizePolicy(TableView.UNCONSTRAINED_RESIZE_POLICY);
        table.getSelectionModel().setCellSelectionEnabled(true);
        table.getSelectionModel().setSelectionMode(SelectionMode.SINGLE);
        table.setFixedCellSize(28);
        // one tooltip for the whole rack, its text made for the cell the pointer enters: a tooltip is a popup, costly
        // to make, and with one in each of the 450 cells of a screen building the rack held the FX thread twice as long
        var tip = new Tooltip();
        table.setRowFactory(view -> new TableRow<>() {
            @Override
            protected void updateItem(RackLines.Line line, boolean empty) {
                super.updateItem(line, empty);
                getStyleClass().removeAll("rack-type-row", "rack-unassigned-row");
                var item = empty || line == null ? null : line.get();   // a line keeps its kind (RackLines)
                if (item != null && item.kind() == RackRow.Kind.HEADER) {
                    getStyleClass().add("rack-type-row");
                } else if (item != null && item.kind() == RackRow.Kind.UNASSIGNED) {
                    getStyleClass().add("rack-unassigned-row");
                }
            }
        });
        Runnable columns = () -> {
            var room = new TableColumn<RackLines.Line, RackRow>(t.get("rack.room"));
            room.setCellValueFactory(TableColumn.CellDataFeatures::getValue);   // the line: its cells follow it
            room.setCellFactory(column -> new RoomCell(t, tip));
            room.setPrefWidth(190);
            room.setSortable(false);
            room.setReorderable(false);
            table.getColumns().setAll(List.of(room));
            for (int i = 0; i < model.nights().size(); i++) {
                int night = i;
                var column = new TableColumn<RackLines.Line, RackRow.Night>(header(model.nights().get(i), t.locale()));
                column.setCellValueFactory(c -> c.getValue().map(row -> row.nights().get(night)));
                column.setCellFactory(c -> new NightCell(model, t, tip, night));
                column.setSortable(false);
                column.setReorderable(false);
                column.setPrefWidth(74);
                column.setMinWidth(60);
                table.getColumns().add(column);
            }
        };
        model.nights().addListener((ListChangeListener<LocalDate>) c -> columns.run());
        model.chosenProperty().subscribe(stay -> table.refresh());
        columns.run();
        table.addEventFilter(KeyEvent.KEY_PRESSED, e -> keyPressed(e, table, model));
        table.setContextMenu(menu(table, model, t));

        var title = new Label(t.get("rack.title"));
        title.getStyleClass().add("section-title");
        var legend = new Label(t.get("rack.legend"));
        legend.getStyleClass().add("muted");
        var message = new Label();
        message.setId("rackMessage");
        message.textProperty().bind(model.messageProperty().map(t::say).orElse(""));
        message.setWrapText(true);
        var reading = new Label(t.get("rack.reading"));   // the lines shown are the last read until the new ones come
        reading.setId("rackReading");
        reading.getStyleClass().add("muted");
        reading.visibleProperty().bind(model.readingProperty());   // beside the title: the table does not move
        var heading = new HBox(12, title, reading);
        heading.setAlignment(Pos.BASELINE_LEFT);
        VBox.setVgrow(table, Priority.ALWAYS);
        var box = new VBox(8, heading, legend, table, message);
        box.setPadding(new Insets(14));
        return box;
    }

    /**
     * The rack is read again after every change: the cursor stays on the line and night it was on. Listens to the
     * lines before the table does (so it sees the cursor before the table moves it), and puts it back after.
     */
    private static final class CursorKeeper implements ListChangeListener<RackLines.Line> {

        private TableView<RackLines.Line> table;
        /** Where the cursor goes back to; set until it is put back (two reads in a row keep the first place). */
        private TablePosition<?, ?> pending;

        @Override
        public void onChanged(Change<? extends RackLines.Line> change) {
            var cell = table == null ? null : table.getFocusModel().getFocusedCell();
            if (pending != null || cell == null || cell.getRow() < 0 || cell.getTableColumn() == null) {
                return;
            }
            pending = cell;
            Platform.runLater(() -> {
                int row = pending.getRow();
                @SuppressWarnings("unchecked")
                var column = (TableColumn<RackLines.Line, ?>) pending.getTableColumn();
                pending = null;
                if (row < table.getItems().size() && table.getColumns().contains(column)) {
                    table.getSelectionModel().clearAndSelect(row, column);
                    table.getFocusModel().focus(row, column);
                }
            });
        }
    }

    private static String header(LocalDate date, Locale locale) {
        return date.getDayOfWeek().getDisplayName(TextStyle.SHORT, locale) + "\n" + date.getMonthValue() + "/"
                + date.getDayOfMonth();
    }

    private static void keyPressed(KeyEvent e, TableView<RackLines.Line> table, RackViewModel model) {
        var cell = focused(table);
        var row = cell == null || cell.getRow() < 0 ? null : table.getItems().get(cell.getRow()).get();
        int night = cell == null ? -1 : table.getColumns().indexOf(cell.getTableColumn()) - 1;
        if (e.getCode() == KeyCode.ENTER) {
            model.choose(row, night);
            e.consume();
        } else if (e.getCode() == KeyCode.ESCAPE) {
            model.cancel();
            e.consume();
        } else if (!e.isShortcutDown() && row != null && row.kind() == RackRow.Kind.ROOM) {
            var status = switch (e.getCode()) {
                case C -> HousekeepingStatus.CLEAN;
                case D -> HousekeepingStatus.DIRTY;
                case I -> HousekeepingStatus.INSPECTED;
                default -> null;
            };
            if (status != null) {
                model.setHousekeeping(row.room(), status);
                e.consume();
            }
        }
    }

    private static TablePosition<RackLines.Line, ?> focused(TableView<RackLines.Line> table) {
        return table.getFocusModel().getFocusedCell();
    }

    private static ContextMenu menu(TableView<RackLines.Line> table, RackViewModel model, Texts t) {
        var menu = new ContextMenu();
        for (var status : HousekeepingStatus.values()) {
            var item = new MenuItem(t.get("rack.mark." + status.name()));
            item.setOnAction(e -> {
                var cell = focused(table);
                if (cell != null && cell.getRow() >= 0 && table.getItems().get(cell.getRow()).get().room() != null) {
                    model.setHousekeeping(table.getItems().get(cell.getRow()).get().room(), status);
                }
            });
            menu.getItems().add(item);
        }
        return menu;
    }

    /** The line's heading: the type, the room with its housekeeping, or "no room yet". */
    private static final class RoomCell extends TableCell<RackLines.Line, RackRow> {

        private final Texts t;
        private final Tooltip tip;

        RoomCell(Texts t, Tooltip tip) {
            this.t = t;
            this.tip = tip;
            setOnMouseEntered(e -> {
                if (getTooltip() != null) {
                    tip.setText(tip(getItem().room()));
                }
            });
        }

        @Override
        protected void updateItem(RackRow row, boolean empty) {
            super.updateItem(row, empty);
            getStyleClass().removeAll("rack-type", "hk-clean", "hk-dirty", "hk-inspected", "rack-out-of-service",
                    "rack-unassigned");
            setTooltip(empty || row == null || row.kind() != RackRow.Kind.ROOM ? null : tip);   // a room's only
            if (empty || row == null) {
                setText(null);
                return;
            }
            switch (row.kind()) {
                case HEADER -> {
                    setText(t.format("rack.type", t.orElse("room." + row.roomType(), row.roomType()), row.count()));
                    getStyleClass().add("rack-type");
                }
                case UNASSIGNED -> {
                    setText(t.get("rack.unassigned"));
                    getStyleClass().add("rack-unassigned");
                }
                case ROOM -> room(row.room());
            }
        }

        private void room(DeskRoom room) {
            var state = t.get("housekeeping." + room.housekeeping().name());
            setText(room.number() + "  ● " + state + (room.outOfService() ? "  ⚑" : "")
                    + (room.waiting() ? "  ⟳" : ""));
            getStyleClass().add("hk-" + room.housekeeping().name().toLowerCase(Locale.ROOT));
            if (room.outOfService()) {
                getStyleClass().add("rack-out-of-service");
            }
        }

        private String tip(DeskRoom room) {
            var state = t.get("housekeeping." + room.housekeeping().name());
            var tip = new StringBuilder(t.format("rack.room-tip", room.number(), state));
            if (room.outOfService()) {
                tip.append('\n').append(t.get("rack.out-of-service"));
            }
            room.outOfOrder().forEach(o -> tip.append('\n').append(t.format("rack.out-of-order-tip",
                    t.date(o.from()), t.date(o.until()), o.reason() == null ? "" : o.reason())));
            if (room.waiting()) {
                tip.append('\n').append(t.get("waiting"));
            }
            return tip.toString();
        }
    }

    /** A night of a line: part of a stay's bar (its name where the bar starts on screen), out of order, or free. */
    private static final class NightCell extends TableCell<RackLines.Line, RackRow.Night> {

        private final RackViewModel model;
        private final Texts t;
        private final int night;
        private final Tooltip tip;

        NightCell(RackViewModel model, Texts t, Tooltip tip, int night) {
            this.model = model;
            this.t = t;
            this.tip = tip;
            this.night = night;
            setOnMouseEntered(e -> {
                if (getTooltip() != null) {
                    tip.setText(getItem().stay() == null ? t.get("rack.out-of-order") : tip(getItem().stay()));
                }
            });
        }

        @Override
        protected void updateItem(RackRow.Night item, boolean empty) {
            super.updateItem(item, empty);
            getStyleClass().removeAll(STATUS_CLASSES);
            getStyleClass().removeAll("rack-bar", "rack-bar-start", "rack-bar-end", "rack-waiting", "rack-ooo",
                    "rack-chosen");
            // set once per update, not taken off and put back: installing a tooltip adds handlers to the cell
            setTooltip(empty || item == null || (item.stay() == null && !item.outOfOrder()) ? null : tip);
            setText(null);
            if (empty || item == null) {
                return;
            }
            if (item.outOfOrder()) {
                getStyleClass().add("rack-ooo");
                setText(item.stay() == null ? t.get("rack.out-of-order-short") : null);
            }
            var stay = item.stay();
            if (stay == null) {
                return;
            }
            getStyleClass().addAll("rack-bar", "rack-" + stay.status().toLowerCase(Locale.ROOT).replace('_', '-'));
            if (item.starts()) {
                getStyleClass().add("rack-bar-start");
            }
            if (item.ends()) {
                getStyleClass().add("rack-bar-end");
            }
            if (stay.waiting()) {
                getStyleClass().add("rack-waiting");
            }
            if (stay.equals(model.chosenProperty().get())) {
                getStyleClass().add("rack-chosen");
            }
            if (item.starts() || night == 0) {
                setText((stay.waiting() ? "⟳ " : "") + (stay.guestName() == null ? "?" : stay.guestName()));
            }
        }

        private String tip(RoomStay stay) {
            return t.format("rack.stay-tip", stay.guestName() == null ? "?" : stay.guestName(), t.status(stay.status()),
                    t.date(stay.checkIn()), t.date(stay.checkOut()),
                    stay.room() == null ? t.get("rack.unassigned") : stay.room())
                    + (stay.waiting() ? "\n" + t.get("waiting") : "");
        }
    }
}
