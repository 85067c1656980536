package gotohotel.desk.viewmodel;

import gotohotel.desk.service.DeskBooking;
import gotohotel.desk.service.Decision;
import gotohotel.desk.service.HistoryEntry;
import gotohotel.desk.service.BookingService;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.function.Predicate;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;
import javafx.collections.transformation.SortedList;

/**
 * The reservations screen: every booking held in memory once, filtered (quick view, search, date range)
 * and sorted in memory; changes from the sync applied row by row; decisions shown at once (optimistic).
 */
public final class ReservationsViewModel {

    /** How long the history pane waits for the server before it shows what this desk knows. */
    public static final Duration SERVER_PATIENCE = SelectedHistory.SERVER_PATIENCE;

    private final BookingService service;
    private final UiExecutor ui;
    private final Clock clock;
    private final ObservableList<BookingRow> all = FXCollections.observableArrayList();
    private final Map<UUID, Integer> positions = new HashMap<>();
    private final FilteredList<BookingRow> filtered = new FilteredList<>(all);
    private final SortedList<BookingRow> sorted = new SortedList<>(filtered);
    private final ObjectProperty<QuickView> quickView = new SimpleObjectProperty<>(QuickView.ALL);
    private final StringProperty search = new SimpleStringProperty("");
    private final ObjectProperty<LocalDate> from = new SimpleObjectProperty<>();
    private final ObjectProperty<LocalDate> to = new SimpleObjectProperty<>();
    private final ReadOnlyObjectWrapper<BookingRow> selected = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyBooleanWrapper rowsChanging = new ReadOnlyBooleanWrapper();
    private final StringProperty message = new SimpleStringProperty();
    private final BooleanProperty loaded = new SimpleBooleanProperty();
    private final ObservableList<BookingRow> unmodifiable = FXCollections.unmodifiableObservableList(all);
    private final SelectedHistory history;
    private UUID selectedId;

    public ReservationsViewModel(BookingService service, UiExecutor ui, Clock clock) {
        this.service = service;
        this.ui = ui;
        this.clock = clock;
        this.history = new SelectedHistory(service, ui);
        quickView.addListener((o, was, now) -> refilter());
        search.addListener((o, was, now) -> refilter());
        from.addListener((o, was, now) -> refilter());
        to.addListener((o, was, now) -> refilter());
        // the first to hear of a change: before any table drops or moves its selection because of it
        sorted.addListener((ListChangeListener<BookingRow>) change -> rowsChanging.set(true));
    }

    /** Reads every booking once in the background; the table is usable when {@link #loadedProperty()} is true. */
    public void load() {
        // the rows (and their search text) are built in the background; the UI thread only adds them
        ui.submit(() -> service.bookings().stream().map(BookingRow::of).toList(), rows -> {
            var added = new ArrayList<BookingRow>(rows.size());
            for (var row : rows) {
                if (!positions.containsKey(row.booking().id())) {   // a change from the sync came first
                    positions.put(row.booking().id(), all.size() + added.size());
                    added.add(row);
                }
            }
            // the sorted list inserts added rows one by one (a shift each); unsorted, it takes them in one go
            // and then sorts them once
            var order = sorted.getComparator();
            sorted.setComparator(null);
            all.addAll(added);
            sorted.setComparator(order);
            loaded.set(true);
        }, failure -> message.set("error.load"));
    }

    /** Bookings added or changed (from the sync, or a decision's result): each row replaced in place. */
    public void apply(List<DeskBooking> changed) {
        var added = new ArrayList<BookingRow>();
        boolean selectedChanged = false;
        for (var booking : changed) {
            var row = BookingRow.of(booking);
            if (booking.id().equals(selectedId)) {
                selected.set(row);   // before the lists change, so a view re-selecting the row finds this one
                selectedChanged = true;
            }
            Integer at = positions.get(booking.id());
            if (at == null) {
                positions.put(booking.id(), all.size() + added.size());
                added.add(row);
            } else {
                all.set(at, row);
            }
        }
        if (!added.isEmpty()) {
            all.addAll(added);
        }
        if (selectedChanged) {
            history.load(selectedId, false);
        }
    }

    /**
     * A table's selection moved to this row: the receptionist's choice, unless the shown rows are changing (a
     * changed row is replaced in the sorted list, which makes a table drop or move its selection).
     */
    public void tableSelected(BookingRow row) {
        if (!rowsChanging.get()) {
            select(row);
        }
    }

    /** The table has taken the change of the shown rows: its selection events are the receptionist's again. */
    public void rowsSettled() {
        rowsChanging.set(false);
    }

    public void select(BookingRow row) {
        selectedId = row == null ? null : row.booking().id();
        selected.set(row == null ? null : all.get(positions.get(selectedId)));
        history.load(selectedId, true);
    }

    public boolean canDecide(Decision decision) {
        var row = selected.get();
        return row != null && decision.legalFrom(row.booking().status());
    }

    /** A binding for a button's disabled state: true when the decision is not legal for the selected booking. */
    public BooleanBinding illegal(Decision decision) {
        return Bindings.createBooleanBinding(() -> !canDecide(decision), selected);
    }

    /**
     * Takes the decision on the selected booking: the row changes at once and shows that it waits to sync; if
     * the desk refuses it, the row goes back and the message says why.
     */
    public void decide(Decision decision, String reason) {
        var row = selected.get();
        if (row == null || !decision.legalFrom(row.booking().status())) {
            return;
        }
        if (decision.needsReason() && (reason == null || reason.isBlank())) {
            message.set("error.reason-required");
            return;
        }
        var before = row.booking();
        apply(List.of(before.after(decision)));
        message.set(null);
        ui.submit(() -> service.decide(before.id(), decision, reason), result -> apply(List.of(result)), failure -> {
            apply(List.of(before));
            message.set(failure.getMessage());
        });
    }

    private void refilter() {
        filtered.setPredicate(predicate());
    }

    private Predicate<BookingRow> predicate() {
        var view = quickView.get();
        LocalDate today = LocalDate.now(clock);
        String needle = search.get() == null ? "" : search.get().strip().toLowerCase(Locale.ROOT);
        String needleDigits = BookingRow.phoneDigits(needle);
        LocalDate start = from.get();
        LocalDate end = to.get();
        if (view == QuickView.ALL && needle.isEmpty() && start == null && end == null) {
            return null;
        }
        return row -> view.includes(row, today)
                && (needle.isEmpty() || row.matches(needle, needleDigits))
                && (start == null || row.booking().checkOut() == null || row.booking().checkOut().isAfter(start))
                && (end == null || row.booking().checkIn() == null || !row.booking().checkIn().isAfter(end));
    }

    /** What the table shows; bind its comparator to the table's ({@code sortedBookings().comparatorProperty()}). */
    public SortedList<BookingRow> sortedBookings() {
        return sorted;
    }

    public ObservableList<BookingRow> allBookings() {
        return unmodifiable;
    }

    public ObjectProperty<QuickView> quickViewProperty() {
        return quickView;
    }

    public StringProperty searchProperty() {
        return search;
    }

    public ObjectProperty<LocalDate> fromProperty() {
        return from;
    }

    public ObjectProperty<LocalDate> toProperty() {
        return to;
    }

    public ReadOnlyObjectProperty<BookingRow> selectedProperty() {
        return selected.getReadOnlyProperty();
    }

    /** True from a change of the shown rows until the table says it has taken it ({@link #rowsSettled()}). */
    public ReadOnlyBooleanProperty rowsChangingProperty() {
        return rowsChanging.getReadOnlyProperty();
    }

    /** The selected booking's history (see {@link SelectedHistory}). */
    public ObservableList<HistoryEntry> history() {
        return history.lines();
    }

    public ReadOnlyObjectProperty<HistoryShown> historyShownProperty() {
        return history.shownProperty();
    }

    /** A bundle key or the desk's own sentence; null when there is nothing to say. */
    public StringProperty messageProperty() {
        return message;
    }

    public BooleanProperty loadedProperty() {
        return loaded;
    }
}
