package gotohotel.desk.view;

import gotohotel.desk.service.ConflictNote;
import gotohotel.desk.viewmodel.StatusViewModel;
import javafx.beans.binding.Bindings;
import javafx.geometry.Pos;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/**
 * Decisions the server refused, each saying why in the desk's language (the server's own sentence as a tooltip)
 * with a Dismiss button; hidden when there are none.
 */
final class ConflictsPanel {

    private ConflictsPanel() {
    }

    static Parent build(StatusViewModel status, Texts t) {
        var title = new Label();
        title.getStyleClass().add("section-title");
        title.textProperty().bind(Bindings.createStringBinding(() -> t.format("conflicts.title",
                status.conflicts().size()), status.conflicts()));
        var list = new ListView<>(status.conflicts());
        list.setId("conflicts");
        list.prefHeightProperty().bind(Bindings.createDoubleBinding(
                () -> Math.min(3, Math.max(1, status.conflicts().size())) * 38.0 + 4, status.conflicts()));
        list.setCellFactory(view -> new ListCell<>() {
            @Override
            protected void updateItem(ConflictNote item, boolean empty) {
                super.updateItem(item, empty);
                if (empty || item == null) {
                    setGraphic(null);
                    setText(null);
                    return;
                }
                var text = new Label(t.format("conflicts.line", item.guestName() == null ? "?" : item.guestName(),
                        what(item, t), why(item, t), t.time(item.occurredAt())));
                text.setTooltip(item.message() == null ? null : new Tooltip(item.message()));   // the server's words
                text.setWrapText(true);
                text.setMaxWidth(Double.MAX_VALUE);
                HBox.setHgrow(text, Priority.ALWAYS);
                var dismiss = new Button(t.get("conflicts.dismiss"));
                dismiss.getStyleClass().add("dismiss");
                dismiss.setOnAction(e -> status.dismiss(item));
                var line = new HBox(10, new Label("⚠"), text, dismiss);
                line.setAlignment(Pos.CENTER_LEFT);
                setText(null);
                setGraphic(line);
            }
        });
        var panel = new VBox(6, title, list);
        panel.getStyleClass().add("conflicts");
        panel.visibleProperty().bind(Bindings.isNotEmpty(status.conflicts()));
        panel.managedProperty().bind(panel.visibleProperty());
        return panel;
    }

    /** The decision, or the room command with its room. */
    private static String what(ConflictNote item, Texts t) {
        return item.room() == null ? t.orElse("decision." + item.decision(), item.decision())
                : t.format("conflicts.room." + item.decision(), item.room());
    }

    /**
     * Why, in the desk's language: what happened and the status the reservation has now; else (and for a room
     * command, whose refusal names the room and the other guest) the server's words.
     */
    private static String why(ConflictNote item, Texts t) {
        if (item.room() != null && item.message() != null) {
            return item.message();
        }
        String key = "conflicts.outcome." + item.outcome();
        if (item.outcome() == null || t.orElse(key, null) == null) {
            return item.message();
        }
        return t.format(key, item.statusNow() == null ? "?" : t.status(item.statusNow()));
    }
}
