package gotohotel.desk.viewmodel;

import gotohotel.desk.service.DayGuest;
import gotohotel.desk.service.DayListService;
import gotohotel.desk.service.DayLists;
import gotohotel.desk.service.PrintLabels;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Function;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The day's lists: arrivals, departures and in-house guests of the chosen day, read from the desk's store (offline
 * too), read again when the bookings change while shown, and printed to a PDF.
 */
public final class DayListsViewModel {

    private final DayListService service;
    private final UiExecutor ui;
    private final ObjectProperty<LocalDate> day = new SimpleObjectProperty<>();
    private final ObservableList<DayGuest> arrivals = FXCollections.observableArrayList();
    private final ObservableList<DayGuest> departures = FXCollections.observableArrayList();
    private final ObservableList<DayGuest> inHouse = FXCollections.observableArrayList();
    private final BooleanProperty reading = new SimpleBooleanProperty();
    /** What the last print or read said: a message key, or null. */
    private final StringProperty message = new SimpleStringProperty();
    /** The file the last print wrote, or null. */
    private final ObjectProperty<Path> printed = new SimpleObjectProperty<>();
    private DayLists shown;
    private boolean visible;

    public DayListsViewModel(DayListService service, UiExecutor ui) {
        this.service = service;
        this.ui = ui;
    }

    /** The tab is shown: today's lists the first time, the chosen day's read again after that. */
    public void show() {
        visible = true;
        choose(day.get() == null ? service.today() : day.get());
    }

    public void hidden() {
        visible = false;
    }

    /** The bookings on this desk changed: read the lists again if they are on screen. */
    public void bookingsChanged() {
        if (visible && day.get() != null) {
            choose(day.get());
        }
    }

    public void choose(LocalDate next) {
        day.set(next);
        reading.set(true);
        ui.submit(() -> service.lists(next), lists -> {
            if (!next.equals(day.get())) {
                return;   // another day was chosen meanwhile: its read shows
            }
            shown = lists;
            arrivals.setAll(lists.arrivals());
            departures.setAll(lists.departures());
            inHouse.setAll(lists.inHouse());
            reading.set(false);
        }, failure -> {
            reading.set(false);
            message.set("lists.read-failed");
        });
    }

    public void previousDay() {
        choose(day.get().minusDays(1));
    }

    public void nextDay() {
        choose(day.get().plusDays(1));
    }

    public void today() {
        choose(service.today());
    }

    /**
     * Prints the lists shown to {@code file} as a PDF; {@code labels} gives the words in the staff's language for the
     * day shown. The message says whether it was written.
     */
    public void print(Path file, Function<LocalDate, PrintLabels> labels) {
        var lists = shown;
        if (lists == null) {
            return;
        }
        message.set(null);
        ui.submit(() -> {
            service.print(lists, labels.apply(lists.day()), file);
            return file;
        }, written -> {
            printed.set(written);
            message.set("lists.printed");
        }, failure -> message.set("lists.print-failed"));
    }

    /** Whether there is anything to print (the lists of a day were read). */
    public boolean canPrint() {
        return shown != null;
    }

    /** The guests of each list, in the order arrivals, departures, in house (for the screen's counts). */
    public List<ObservableList<DayGuest>> lists() {
        return List.of(arrivals, departures, inHouse);
    }

    public ObjectProperty<LocalDate> dayProperty() {
        return day;
    }

    public ObservableList<DayGuest> arrivals() {
        return arrivals;
    }

    public ObservableList<DayGuest> departures() {
        return departures;
    }

    public ObservableList<DayGuest> inHouse() {
        return inHouse;
    }

    public BooleanProperty readingProperty() {
        return reading;
    }

    public StringProperty messageProperty() {
        return message;
    }

    public ObjectProperty<Path> printedProperty() {
        return printed;
    }
}
