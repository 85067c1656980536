package gotohotel.desk.view;

import gotohotel.desk.service.Decision;
import gotohotel.desk.service.DeskBooking;
import gotohotel.desk.service.HistoryEntry;
import gotohotel.desk.text.PhoneNumber;
import gotohotel.desk.viewmodel.BookingRow;
import gotohotel.desk.viewmodel.HistoryShown;
import gotohotel.desk.viewmodel.ReservationsViewModel;
import java.util.Map;
import java.util.List;
import java.util.function.Consumer;
import javafx.geometry.Insets;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/** The selected reservation: its facts, the decisions legal now, and its history. */
final class DetailsPane {

    static final Map<Decision, String> SHORTCUTS = Map.of(Decision.CONFIRM, "Ctrl+1", Decision.REJECT, "Ctrl+2",
            Decision.CHECK_IN, "Ctrl+3", Decision.CHECK_OUT, "Ctrl+4");

    private DetailsPane() {
    }

    static Parent build(ReservationsViewModel model, Texts t, Consumer<Decision> decide) {
        return build(model, t, decide, List.of());
    }

    /**
     * A change of the selected booking offered next to the decisions: its button's id and text, what opens it, and
     * whether it is possible now (online, reception, the booking's status).
     */
    record Change(String id, String textKey, Runnable open, javafx.beans.value.ObservableBooleanValue possible) {
    }

    /**
     * @param changes what staff may change of the selected booking besides the decisions (new dates, another room
     *                type), each a button; none offline
     */
    static Parent build(ReservationsViewModel model, Texts t, Consumer<Decision> decide, List<Change> changes) {
        var guest = new Label();
        guest.setId("detailGuest");
        guest.getStyleClass().add("details-title");
        var status = new Label();
        status.setId("detailStatus");
        var facts = new GridPane();
        facts.setHgap(10);
        var names = new ColumnConstraints();
        names.setMinWidth(Region.USE_PREF_SIZE);
        var values = new ColumnConstraints();
        values.setHgrow(Priority.ALWAYS);
        values.setMinWidth(0);
        facts.getColumnConstraints().setAll(names, values);
        facts.setVgap(4);
        facts.getStyleClass().add("facts");

        var actions = new FlowPane(8, 8);
        for (var decision : Decision.values()) {
            var button = new Button(t.get("decision." + decision.name()));
            button.setId(switch (decision) {
                case CONFIRM -> "confirm";
                case REJECT -> "reject";
                case CHECK_IN -> "checkIn";
                case CHECK_OUT -> "checkOut";
            });
            button.getStyleClass().add(decision == Decision.REJECT ? "danger" : "primary");
            button.setTooltip(new Tooltip(SHORTCUTS.get(decision)));
            button.disableProperty().bind(model.illegal(decision));
            button.setOnAction(e -> decide.accept(decision));
            actions.getChildren().add(button);
        }
        for (var change : changes) {
            var button = new Button(t.get(change.textKey()));
            button.setId(change.id());
            button.disableProperty().bind(javafx.beans.binding.Bindings.not(change.possible()));
            button.setOnAction(e -> change.open().run());
            actions.getChildren().add(button);
        }

        var message = new Label();
        message.setId("decisionMessage");
        message.getStyleClass().add("error-text");
        message.setWrapText(true);
        message.textProperty().bind(model.messageProperty().map(t::say).orElse(""));

        var historyTitle = new Label(t.get("details.history"));
        historyTitle.getStyleClass().add("section-title");
        var history = new ListView<>(model.history());
        history.setId("history");
        var placeholder = new Label();
        placeholder.setId("historyPlaceholder");
        placeholder.textProperty().bind(model.historyShownProperty().map(shown -> t.get(
                shown == HistoryShown.LOADING ? "details.history-loading" : "details.no-history")));
        history.setPlaceholder(placeholder);
        var fromThisDesk = new Label(t.get("details.history-local"));
        fromThisDesk.setId("historyFromThisDesk");
        fromThisDesk.getStyleClass().add("muted");
        fromThisDesk.setWrapText(true);
        fromThisDesk.visibleProperty().bind(model.historyShownProperty().isEqualTo(HistoryShown.THIS_DESK));
        fromThisDesk.managedProperty().bind(fromThisDesk.visibleProperty());
        history.setCellFactory(list -> new ListCell<>() {
            @Override
            protected void updateItem(HistoryEntry item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : line(item, t));
                setWrapText(true);
                setPrefWidth(0);
                getStyleClass().remove("pending");
                if (!empty && item != null && item.pending()) {
                    getStyleClass().add("pending");
                }
            }
        });
        VBox.setVgrow(history, Priority.ALWAYS);

        var empty = new Label(t.get("details.none"));
        empty.getStyleClass().add("muted");
        var content = new VBox(10, guest, status, facts, actions, message, historyTitle, fromThisDesk, history);
        var pane = new VBox(empty);
        pane.getStyleClass().add("details");
        pane.setPadding(new Insets(14));
        pane.setMinWidth(300);
        pane.setPrefWidth(390);
        VBox.setVgrow(content, Priority.ALWAYS);

        Consumer<BookingRow> shown = row -> {
            if (row == null) {
                pane.getChildren().setAll(empty);
                return;
            }
            show(row, t, guest, status, facts);
            if (pane.getChildren().get(0) != content) {
                pane.getChildren().setAll(content);
            }
        };
        model.selectedProperty().subscribe(shown);   // the current one now (a rebuilt screen), then each change
        return pane;
    }

    private static void show(BookingRow row, Texts t, Label guest, Label status, GridPane facts) {
        DeskBooking b = row.booking();
        guest.setText(b.guestName());
        status.setText(t.status(b.status()) + (b.waiting() ? "  ⟳ " + t.get("waiting") : ""));
        status.getStyleClass().setAll("label", "badge", "badge-" + b.status().toLowerCase().replace('_', '-'));
        facts.getChildren().clear();
        int line = 0;
        line = fact(facts, line, t.get("column.room-type"), t.orElse("room." + b.roomType(), b.roomType()));
        line = fact(facts, line, t.get("details.stay"), t.format("details.stay-value", t.date(b.checkIn()),
                t.date(b.checkOut()), b.nights()));
        line = fact(facts, line, t.get("column.guests"), String.valueOf(b.guestCount()));
        line = fact(facts, line, t.get("details.phone"), PhoneNumber.display(b.phone()));
        line = fact(facts, line, t.get("column.amount"), b.amount() == null ? "" : ReservationTable.money(b, t));
        fact(facts, line, t.get("details.order"), b.orderId() == null ? "" : b.orderId().toString());
    }

    private static int fact(GridPane facts, int line, String name, String value) {
        var label = new Label(name);
        label.getStyleClass().add("muted");
        label.setMinWidth(Label.USE_PREF_SIZE);
        var text = new Label(value == null ? "" : value);
        text.setWrapText(true);
        facts.addRow(line, label, text);
        return line + 1;
    }

    /** The desk's name as the server named it; an id (a desk from before names) by its first 8 characters. */
    private static String deskShown(String desk) {
        return desk.length() == 36 && desk.charAt(8) == '-' ? desk.substring(0, 8) : desk;
    }

    private static String line(HistoryEntry entry, Texts t) {
        var text = new StringBuilder(t.time(entry.at())).append(" · ").append(entry.who() == null ? "?" : entry.who());
        if (entry.action() != null) {
            text.append(" · ").append(t.orElse("action." + entry.action(), entry.action()));
        }
        if (entry.status() != null && (entry.action() == null || "CREATE".equals(entry.action()))) {
            text.append(" → ").append(t.status(entry.status()));
        }
        if (entry.desk() != null) {
            text.append("\n   ").append("this-desk".equals(entry.desk()) ? t.get("history.this-desk")
                    : t.format("history.desk", deskShown(entry.desk())));
        }
        if (entry.reason() != null) {
            text.append("\n   ").append(t.format("history.reason", entry.reason()));
        }
        if (entry.pending()) {
            text.append("  ⟳ ").append(t.get("waiting"));
        }
        return text.toString();
    }
}
