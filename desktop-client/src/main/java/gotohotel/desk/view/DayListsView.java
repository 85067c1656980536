package gotohotel.desk.view;

import gotohotel.desk.service.DayGuest;
import gotohotel.desk.service.PrintLabels;
import gotohotel.desk.viewmodel.DayListsViewModel;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.function.Function;
import java.util.function.Supplier;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.value.ChangeListener;
import javafx.beans.value.WeakChangeListener;
import javafx.collections.ObservableList;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.stage.Window;

/** Arrivals, departures and in house for a chosen day, three tables one under the other, and the PDF to print. */
final class DayListsView {

    private DayListsView() {
    }

    /**
     * @param window    the window a save dialog belongs to
     * @param user      who is signed in (printed under the title)
     * @param chooseFile asks where to save the PDF ({@code null}: staff cancelled); tests answer without a dialog
     */
    static Parent build(DayListsViewModel model, Texts t, Supplier<String> user,
                        Function<String, Path> chooseFile) {
        var title = new Label(t.get("lists.title"));
        title.getStyleClass().add("section-title");
        var picker = new DatePicker();
        picker.setId("listsDay");
        picker.setValue(model.dayProperty().get());
        // weakly, kept by the picker: a screen rebuilt in another language leaves this one to the collector
        ChangeListener<LocalDate> follow = (value, was, now) -> picker.setValue(now);
        picker.getProperties().put(ChangeListener.class, follow);
        model.dayProperty().addListener(new WeakChangeListener<>(follow));
        picker.setOnAction(e -> {   // also when the value is set from the model: then it is the day shown already
            var chosen = picker.getValue();
            if (chosen != null && !chosen.equals(model.dayProperty().get())) {
                model.choose(chosen);
            }
        });
        var previous = button("listsPrevious", t.get("lists.previous"), model::previousDay);
        var next = button("listsNext", t.get("lists.next"), model::nextDay);
        var today = button("listsToday", t.get("lists.today"), model::today);
        var print = button("listsPrint", t.get("lists.print"), () -> {
            var day = model.dayProperty().get();
            Path file = chooseFile.apply("gotohotel-lists-" + day + ".pdf");
            if (file != null) {
                model.print(file, shown -> labels(t, shown, user.get()));
            }
        });
        print.disableProperty().bind(model.readingProperty());
        var message = new Label();
        message.setId("listsMessage");
        message.getStyleClass().add("muted");
        message.textProperty().bind(Bindings.createStringBinding(() -> {
            if (model.readingProperty().get()) {
                return t.get("lists.reading");
            }
            String key = model.messageProperty().get();
            if (key == null) {
                return "";
            }
            return "lists.printed".equals(key) ? t.format(key, String.valueOf(model.printedProperty().get()))
                    : t.get(key);
        }, model.readingProperty(), model.messageProperty(), model.printedProperty()));
        var spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        var bar = new HBox(8, title, spacer, previous, picker, next, today, print);
        bar.setAlignment(Pos.CENTER_LEFT);
        var note = new Label(t.get("lists.note"));
        note.getStyleClass().add("muted");
        note.setWrapText(true);

        var box = new VBox(8, bar, new HBox(12, note, message));
        var lists = List.of(model.arrivals(), model.departures(), model.inHouse());
        var headings = List.of("lists.arrivals", "lists.departures", "lists.in-house");
        var ids = List.of("arrivals", "departures", "inHouse");
        for (int i = 0; i < 3; i++) {
            var guests = lists.get(i);
            var heading = new Label();
            heading.setId(ids.get(i) + "Heading");
            heading.getStyleClass().add("section-title");
            String key = headings.get(i);
            heading.textProperty().bind(Bindings.createStringBinding(() -> t.format("lists.count", t.get(key),
                    guests.size()), guests));
            var table = table(guests, t);
            table.setId(ids.get(i));
            VBox.setVgrow(table, Priority.ALWAYS);
            box.getChildren().addAll(heading, table);
        }
        box.setPadding(new Insets(14));
        return box;
    }

    /** The words of the PDF in the staff's language, for the day printed. */
    static PrintLabels labels(Texts t, LocalDate day, String user) {
        String date = day.format(DateTimeFormatter.ofLocalizedDate(FormatStyle.FULL).withLocale(t.locale()));
        String now = LocalDateTime.now().format(DateTimeFormatter.ofLocalizedDateTime(FormatStyle.SHORT)
                .withLocale(t.locale()));
        return new PrintLabels(t.format("lists.pdf-title", date), t.format("lists.pdf-subtitle", now,
                user == null ? "" : user), t.get("lists.arrivals"), t.get("lists.departures"),
                t.get("lists.in-house"), List.of(t.get("lists.room"), t.get("column.guest"), t.get("column.phone"),
                t.get("column.room-type"), t.get("lists.stay"), t.get("column.nights"), t.get("column.guests"),
                t.get("column.status")), t.get("lists.none"), t::status,
                type -> type == null ? "" : t.orElse("room." + type, type));
    }

    private static TableView<DayGuest> table(ObservableList<DayGuest> guests, Texts t) {
        var table = new TableView<>(guests);
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.setPlaceholder(new Label(t.get("lists.none")));
        table.getColumns().setAll(List.of(
                column(t.get("lists.room"), 70, DayGuest::room),
                column(t.get("column.guest"), 180, DayGuest::guestName),
                column(t.get("column.phone"), 130, DayGuest::phone),
                column(t.get("column.room-type"), 120, g -> g.roomType() == null ? ""
                        : t.orElse("room." + g.roomType(), g.roomType())),
                column(t.get("lists.stay"), 200, g -> t.date(g.checkIn()) + " – " + t.date(g.checkOut())),
                column(t.get("column.nights"), 70, g -> String.valueOf(g.nights())),
                column(t.get("column.guests"), 70, g -> String.valueOf(g.guests())),
                column(t.get("column.status"), 150, g -> t.status(g.status()))));
        table.setPrefHeight(150);
        return table;
    }

    private static TableColumn<DayGuest, String> column(String name, double width, Function<DayGuest, String> text) {
        var column = new TableColumn<DayGuest, String>(name);
        column.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(text.apply(c.getValue())));
        column.setPrefWidth(width);
        return column;
    }

    private static Button button(String id, String text, Runnable action) {
        var button = new Button(text);
        button.setId(id);
        button.setOnAction(e -> action.run());
        return button;
    }

    /** A save dialog for the PDF in {@code owner}'s window. */
    static Function<String, Path> saveDialog(Supplier<Window> owner, Texts t) {
        return name -> {
            var chooser = new FileChooser();
            chooser.setTitle(t.get("lists.print"));
            chooser.setInitialFileName(name);
            chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("PDF", "*.pdf"));
            var file = chooser.showSaveDialog(owner.get());
            return file == null ? null : file.toPath();
        };
    }
}
