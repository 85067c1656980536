package gotohotel.desk.view;

import gotohotel.desk.viewmodel.OccupancyViewModel;
import java.time.LocalDate;
import java.time.format.TextStyle;
import java.util.List;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.scene.Parent;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/** Rooms sold per room type, night by night for the next 14 nights. */
final class OccupancyView {

    private OccupancyView() {
    }

    static Parent build(OccupancyViewModel model, Texts t) {
        var table = new TableView<>(model.lines());
        table.setId("occupancy");
        table.setColumnResizePolicy(TableView.UNCONSTRAINED_RESIZE_POLICY);
        Runnable columns = () -> {
            var type = new TableColumn<OccupancyViewModel.Line, String>(t.get("column.room-type"));
            type.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(t.orElse("room." + c.getValue().roomType(),
                    c.getValue().roomType())));
            type.setPrefWidth(150);
            type.setSortable(false);
            table.getColumns().setAll(List.of(type));
            for (int i = 0; i < model.nights().size(); i++) {
                int night = i;
                var date = model.nights().get(i);
                var column = new TableColumn<OccupancyViewModel.Line, Number>(
                        date.getDayOfWeek().getDisplayName(TextStyle.SHORT, t.locale()) + "\n"
                                + date.getMonthValue() + "/" + date.getDayOfMonth());
                column.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().sold()[night]));
                column.setStyle("-fx-alignment: CENTER;");
                column.setSortable(false);
                column.setPrefWidth(66);
                column.setMinWidth(56);
                table.getColumns().add(column);
            }
            var total = new TableColumn<OccupancyViewModel.Line, Number>(t.get("occupancy.total"));
            total.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().total()));
            total.setStyle("-fx-alignment: CENTER-RIGHT;");
            total.setPrefWidth(110);
            total.setSortable(false);
            table.getColumns().add(total);
        };
        model.nights().addListener((ListChangeListener<LocalDate>) c -> columns.run());
        model.refresh();
        columns.run();
        var title = new Label(t.get("occupancy.title"));
        title.getStyleClass().add("section-title");
        var note = new Label(t.get("occupancy.note"));
        note.getStyleClass().add("muted");
        VBox.setVgrow(table, Priority.ALWAYS);
        var box = new VBox(8, title, note, table);
        box.setPadding(new Insets(14));
        return box;
    }
}
