package gotohotel.desk.view;

import gotohotel.desk.viewmodel.QuickView;
import gotohotel.desk.viewmodel.ReservationsViewModel;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;

/** Above the table: the quick views, the search and the date range, bound to the view-model's filter. */
final class FilterBar {

    private FilterBar() {
    }

    static Parent build(ReservationsViewModel reservations, Texts t) {
        var group = new ToggleGroup();
        var views = new HBox(0);
        views.getStyleClass().add("segmented");
        for (var view : QuickView.values()) {
            var toggle = new ToggleButton(t.get("view." + view.name()));
            toggle.setId("view-" + view.name());
            toggle.setToggleGroup(group);
            toggle.setUserData(view);
            toggle.setSelected(reservations.quickViewProperty().get() == view);
            views.getChildren().add(toggle);
        }
        group.selectedToggleProperty().addListener((o, was, now) -> {
            if (now == null) {
                was.setSelected(true);   // one view is always chosen
            } else {
                reservations.quickViewProperty().set((QuickView) now.getUserData());
            }
        });
        var search = new TextField();
        search.setId("search");
        search.setPromptText(t.get("filter.search"));
        search.setPrefColumnCount(22);
        search.setTooltip(new Tooltip("Ctrl+F"));
        search.textProperty().bindBidirectional(reservations.searchProperty());
        var from = new DatePicker();
        from.setId("from");
        from.setPromptText(t.get("filter.from"));
        from.setPrefWidth(130);
        from.valueProperty().bindBidirectional(reservations.fromProperty());
        var to = new DatePicker();
        to.setId("to");
        to.setPromptText(t.get("filter.to"));
        to.setPrefWidth(130);
        to.valueProperty().bindBidirectional(reservations.toProperty());
        var clear = new Button(t.get("filter.clear"));
        clear.setOnAction(e -> {
            search.clear();
            from.setValue(null);
            to.setValue(null);
        });
        var spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        var bar = new HBox(10, views, spacer, search, from, new Label("–"), to, clear);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.setPadding(new Insets(10, 12, 10, 12));
        bar.getStyleClass().add("filters");
        return bar;
    }
}
