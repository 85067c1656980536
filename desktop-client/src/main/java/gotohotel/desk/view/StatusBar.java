package gotohotel.desk.view;

import gotohotel.desk.viewmodel.ReservationsViewModel;
import gotohotel.desk.viewmodel.StatusViewModel;
import javafx.beans.binding.Bindings;
import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Control;
import javafx.scene.control.Label;
import javafx.scene.control.Separator;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.shape.Circle;

/** Always visible: online or offline, decisions waiting to be sent, the last good sync, the last error. */
final class StatusBar {

    private StatusBar() {
    }

    static Parent build(StatusViewModel status, ReservationsViewModel reservations, Texts t, Runnable signInAgain) {
        var dot = new Circle(5);
        dot.getStyleClass().add("dot");
        var online = new Label();
        online.setId("online");
        online.setGraphic(dot);
        online.textProperty().bind(status.onlineProperty().map(up -> t.get(up ? "status.online" : "status.offline")));
        status.onlineProperty().subscribe(up -> {
            online.getStyleClass().removeAll("online", "offline");
            online.getStyleClass().add(up ? "online" : "offline");
        });

        var queued = new Label();
        queued.setId("queued");
        queued.textProperty().bind(status.queuedProperty().map(n -> t.format("status.queued", n.longValue())));
        var lastSync = new Label();
        lastSync.setId("lastSync");
        lastSync.textProperty().bind(status.lastSyncProperty().map(at -> t.format("status.last-sync", t.time(at)))
                .orElse(t.format("status.last-sync", t.get("never"))));

        // The error takes the room left and wraps onto a second line; the whole sentence, and the technical cause
        // of a sync error, are in its tooltip. The state, the queue and the last sync never give up their room.
        var error = new Label();
        error.setId("lastError");
        error.getStyleClass().add("error-text");
        error.textProperty().bind(status.lastErrorProperty().map(t::say).orElse(""));
        error.tooltipProperty().bind(status.lastErrorProperty().map(e -> wrapping(new Tooltip(t.explain(e)))));
        error.setWrapText(true);
        error.setMinWidth(0);
        HBox.setHgrow(error, Priority.ALWAYS);
        error.setMaxWidth(Double.MAX_VALUE);

        var again = new Button(t.get("status.sign-in-again"));
        again.setId("signInAgain");
        again.getStyleClass().add("primary");
        again.visibleProperty().bind(status.signInRequiredProperty());
        again.managedProperty().bind(again.visibleProperty());
        again.setOnAction(e -> signInAgain.run());

        var count = new Label();
        count.setId("shown");
        count.textProperty().bind(Bindings.createStringBinding(() -> t.format("status.shown",
                reservations.sortedBookings().size(), reservations.allBookings().size()),
                reservations.sortedBookings(), reservations.allBookings()));

        for (var fixed : new Control[] {online, queued, lastSync, again, count}) {
            fixed.setMinWidth(Region.USE_PREF_SIZE);
        }
        var bar = new HBox(14, online, sep(), queued, sep(), lastSync, sep(), error, again, spacer(), count);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.getStyleClass().add("status-bar");
        return bar;
    }

    private static Tooltip wrapping(Tooltip tooltip) {
        tooltip.setWrapText(true);
        tooltip.setMaxWidth(520);
        return tooltip;
    }

    private static Separator sep() {
        return new Separator(Orientation.VERTICAL);
    }

    private static Region spacer() {
        var region = new Region();
        HBox.setHgrow(region, Priority.SOMETIMES);
        return region;
    }
}
