package gotohotel.desk.view;

import gotohotel.desk.viewmodel.ReportViewModel;
import gotohotel.shared.api.OccupancyReport;
import java.math.BigDecimal;
import java.text.NumberFormat;
import java.util.Currency;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.value.ChangeListener;
import javafx.beans.value.WeakChangeListener;
import javafx.collections.FXCollections;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Parent;
import javafx.scene.chart.BarChart;
import javafx.scene.chart.CategoryAxis;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Button;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * Managers' report: occupancy per night as bars (a range of nights reads better as a picture), the same nights with
 * rooms sold, on sale and room revenue in a table beside it, and the range's totals in one line.
 */
final class ReportView {

    private ReportView() {
    }

    static Parent build(ReportViewModel model, Texts t) {
        var title = new Label(t.get("report.title"));
        title.getStyleClass().add("section-title");
        var from = new DatePicker();
        from.setId("reportFrom");
        from.valueProperty().bindBidirectional(model.fromProperty());
        var to = new DatePicker();
        to.setId("reportTo");
        to.valueProperty().bindBidirectional(model.toProperty());
        var show = new Button(t.get("report.show"));
        show.setId("reportShow");
        show.setDefaultButton(true);
        show.setOnAction(e -> model.ask());
        show.disableProperty().bind(model.askingProperty());
        var spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        var bar = new HBox(8, title, spacer, new Label(t.get("report.from")), from, new Label(t.get("report.to")), to,
                show);
        bar.setAlignment(Pos.CENTER_LEFT);

        var summary = new Label();
        summary.setId("reportSummary");
        summary.textProperty().bind(Bindings.createStringBinding(() -> summary(model, t), model.reportProperty(),
                model.askingProperty(), model.refusalProperty()));

        var axis = new CategoryAxis();
        var percent = new NumberAxis(0, 100, 20);
        percent.setLabel("%");
        var chart = new BarChart<>(axis, percent);
        chart.setId("reportChart");
        chart.setTitle(t.get("report.chart"));
        chart.setLegendVisible(false);
        chart.setAnimated(false);
        chart.setCategoryGap(2);
        var table = new TableView<OccupancyReport.Night>();
        table.setId("reportNights");
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.getColumns().setAll(List.of(
                column(t.get("report.night"), 110, n -> t.date(n.night())),
                column(t.get("report.sold"), 60, n -> String.valueOf(n.roomsSold())),
                column(t.get("report.sellable"), 70, n -> String.valueOf(n.roomsSellable())),
                column(t.get("report.occupancy"), 90, n -> n.occupancy().toPlainString()),
                column(t.get("report.revenue"), 130, n -> money(n.roomRevenue(), currencyOf(model), t))));
        Consumer<OccupancyReport> draw = report -> {
            var series = new XYChart.Series<String, Number>();
            if (report != null) {
                for (var night : report.nights()) {
                    series.getData().add(new XYChart.Data<>(night.night().getMonthValue() + "/"
                            + night.night().getDayOfMonth(), night.occupancy()));
                }
                table.setItems(FXCollections.observableArrayList(report.nights()));
            } else {
                table.setItems(FXCollections.observableArrayList());
            }
            chart.getData().setAll(List.of(series));
        };
        draw.accept(model.reportProperty().get());
        // weakly, kept by the chart: a screen rebuilt in another language leaves this one to the collector
        ChangeListener<OccupancyReport> follow = (value, was, now) -> draw.accept(now);
        chart.getProperties().put(ChangeListener.class, follow);
        model.reportProperty().addListener(new WeakChangeListener<>(follow));
        var split = new SplitPane(chart, table);
        split.setDividerPositions(0.62);
        VBox.setVgrow(split, Priority.ALWAYS);
        var box = new VBox(8, bar, summary, split);
        box.setPadding(new Insets(14));
        return box;
    }

    private static String summary(ReportViewModel model, Texts t) {
        if (model.askingProperty().get()) {
            return t.get("report.asking");
        }
        if (model.refusalProperty().get() != null) {
            String detail = model.detailProperty().get();
            return t.format(model.refusalProperty().get(), detail == null ? "" : detail);
        }
        var report = model.reportProperty().get();
        if (report == null) {
            return "";
        }
        return t.format("report.summary", report.occupancy().toPlainString(), report.roomsSold(),
                report.roomsSellable(), money(report.roomRevenue(), report.currency(), t));
    }

    private static String currencyOf(ReportViewModel model) {
        var report = model.reportProperty().get();
        return report == null ? null : report.currency();
    }

    /** An amount in the report's currency, as the staff's language writes it (₩1,234,000). */
    static String money(BigDecimal amount, String currency, Texts t) {
        var format = NumberFormat.getCurrencyInstance(t.locale());
        try {
            if (currency != null) {
                format.setCurrency(Currency.getInstance(currency));
                format.setMaximumFractionDigits(Currency.getInstance(currency).getDefaultFractionDigits());
            }
        } catch (IllegalArgumentException unknown) {
            return amount.toPlainString() + " " + currency;
        }
        return format.format(amount);
    }

    private static TableColumn<OccupancyReport.Night, String> column(String name, double width,
                                                                     Function<OccupancyReport.Night, String> text) {
        var column = new TableColumn<OccupancyReport.Night, String>(name);
        column.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(text.apply(c.getValue())));
        column.setPrefWidth(width);
        column.setSortable(false);
        return column;
    }
}
