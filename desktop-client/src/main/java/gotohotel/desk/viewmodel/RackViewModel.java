package gotohotel.desk.viewmodel;

import gotohotel.desk.service.DeskRoom;
import gotohotel.desk.service.Rack;
import gotohotel.desk.service.RackChange;
import gotohotel.desk.service.RoomService;
import gotohotel.desk.service.RoomStay;
import gotohotel.desk.text.ScreenText;
import gotohotel.shared.api.HousekeepingStatus;
import java.time.Duration;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.IntStream;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The room rack: rooms × the next 14 nights, read in one go from the desk's store, and the two-step assignment
 * (choose a stay, then a room: a move from tonight on when the guest is in house) and housekeeping, queued like
 * decisions and shown at once. The lines are kept while the rack is off screen: shown again at once, and read again
 * (off the UI thread, then swapped in) only when the store reported a change since the last read or the day turned.
 * Once {@linkplain #readAhead() read ahead} they are also kept current off screen: a change is read a moment after it
 * is reported, so the next switch shows it without a read.
 */
public final class RackViewModel {

    public static final int NIGHTS = 14;
    /** Up to this many changed lines are replaced one by one; more are replaced all at once. */
    private static final int FEW = 32;
    /**
     * Off screen, a change is read this long after it was reported: the changes of one sync come in a few pages, and
     * a stream of them costs one read per pause, not one per page.
     */
    public static final Duration SETTLE = Duration.ofSeconds(1);

    /** Up to this many changed bookings are read by their ids (one query); more, the whole window again. */
    private static final int FEW_BOOKINGS = 500;

    /**
     * A read: the window's first night, the rooms and stays read (or patched), the lines laid out from them, and
     * which of them differ from the last read's (null: all, or not as many lines).
     */
    private record Read(LocalDate first, Rack rack, List<RackRow> rows, int[] differ) {
    }

    private final RoomService service;
    private final UiExecutor ui;
    private final ObservableList<LocalDate> nights = FXCollections.observableArrayList();
    private final ObservableList<RackRow> rows = FXCollections.observableArrayList();
    private final ObjectProperty<RoomStay> chosen = new SimpleObjectProperty<>();
    /** A bundle key or {@link ScreenText} for the line under the rack: what to do next, or why not. */
    private final StringProperty message = new SimpleStringProperty("rack.hint");
    private final ReadOnlyBooleanWrapper reading = new ReadOnlyBooleanWrapper();
    private boolean readAgain;
    private boolean shown;
    /** The last read, the lines shown laid out from it; null until the first. */
    private Read last;
    /** The whole window is to be read again: nothing read yet, the last read failed, or many bookings changed. */
    private boolean everything = true;
    /** The store reported a change of the rooms since the last read began. */
    private boolean roomsChanged;
    /** The bookings the store reported changed since the last read began: only their stays are read again. */
    private final Set<UUID> bookingsChanged = new HashSet<>();
    /** Read ahead: the lines are kept current while the rack is off screen. */
    private boolean keptCurrent;
    /** A read off screen is due once the changes settle. */
    private boolean settling;

    public RackViewModel(RoomService service, UiExecutor ui) {
        this.service = service;
        this.ui = ui;
        service.listenRooms(change -> ui.onUi(() -> changed(change)));
    }

    /**
     * The rack comes on screen: the lines kept from the last read stay (they are current unless the store changed
     * since, which reads them again) and the cursor with them.
     */
    public void show() {
        shown = true;
        boolean dayTurned = !reading.get() && !nights.isEmpty() && !nights.get(0).equals(service.today());
        if (stale() || dayTurned) {
            read();
        }
    }

    /**
     * Reads the rack before it is first shown (off the UI thread), so that showing it only draws, and from now on
     * keeps its lines current while it is off screen: a change the store reports is read {@link #SETTLE} later.
     */
    public void readAhead() {
        keptCurrent = true;
        if (stale() && !reading.get()) {
            read();
        }
    }

    /** The lines are no longer kept current off screen (staff signed out); they are read again when next shown. */
    public void stopReadingAhead() {
        keptCurrent = false;
    }

    /** Reads the whole rack again now; the lines shown stay until the new ones replace them. */
    public void refresh() {
        shown = true;
        everything = true;
        read();
    }

    private boolean stale() {
        return everything || roomsChanged || !bookingsChanged.isEmpty();
    }

    /**
     * Reads what changed since the last read, off the UI thread: the whole window the first time, after a failure,
     * when the day turned or many bookings changed; otherwise only the rooms (if they changed: every type is laid
     * out again) or the stays of the bookings that changed, laid over the last read, and the lines of the room types
     * that showed or now show them laid out again (the others kept as they were).
     */
    private void read() {
        if (reading.get()) {
            readAgain = true;
            return;
        }
        var before = last;
        var since = everything || bookingsChanged.size() > FEW_BOOKINGS ? null : last;
        boolean rooms = roomsChanged;
        var bookings = Set.copyOf(bookingsChanged);
        everything = false;
        roomsChanged = false;
        bookingsChanged.clear();
        reading.set(true);
        ui.submit(() -> {
            var first = service.today();
            List<RackRow> rows;
            Rack rack;
            if (since == null || !since.first().equals(first)) {
                rack = service.rack(first, NIGHTS);
                rows = RackLayout.rows(rack, first, NIGHTS);
            } else if (rooms) {
                rack = since.rack().withRooms(service.rooms()).withStays(bookings,
                        bookings.isEmpty() ? List.of() : service.stays(bookings, first, NIGHTS));
                rows = RackLayout.rows(rack, first, NIGHTS);
            } else {
                rack = since.rack().withStays(bookings, service.stays(bookings, first, NIGHTS));
                var types = new HashSet<>(RackLayout.typesShowing(since.rack(), bookings));
                types.addAll(RackLayout.typesShowing(rack, bookings));
                rows = RackLayout.rows(rack, first, NIGHTS, since.rows(), types);
            }
            return new Read(first, rack, rows, before == null ? null : differ(before.rows(), rows));
        }, read -> {
            last = read;
            if (nights.isEmpty() || !nights.get(0).equals(read.first())) {
                nights.setAll(IntStream.range(0, NIGHTS).mapToObj(read.first()::plusDays).toList());
            }
            replace(read.rows(), read.differ());
            doneReading();
        }, failure -> {
            everything = true;
            message.set("error.load");
            doneReading();
        });
    }

    /** The rack is off screen: changes are read when it is shown again, or a moment after they came once read ahead. */
    public void hidden() {
        shown = false;
    }

    private void changed(RackChange change) {
        roomsChanged |= change.rooms();
        bookingsChanged.addAll(change.bookings());
        if (shown) {
            read();
        } else if (keptCurrent && !settling) {
            settling = true;
            ui.after(SETTLE, () -> {
                settling = false;
                if (stale() && !shown && keptCurrent) {
                    read();
                }
            });
        }
    }

    /** Which lines differ (compared off the UI thread, a line kept from before at once); null: not as many lines. */
    private static int[] differ(List<RackRow> before, List<RackRow> read) {
        if (before.size() != read.size()) {
            return null;
        }
        return IntStream.range(0, read.size()).filter(i -> read.get(i) != before.get(i)
                && !read.get(i).equals(before.get(i))).toArray();
    }

    /**
     * Puts the lines read in place of those shown (the last read's): only the lines that differ when there are as
     * many and few differ, so the table redraws just those (a change or two after each sync); all of them otherwise.
     */
    private void replace(List<RackRow> read, int[] differ) {
        if (differ == null || rows.size() != read.size() || differ.length > FEW) {
            rows.setAll(read);
        } else {
            for (int i : differ) {
                rows.set(i, read.get(i));
            }
        }
    }

    private void doneReading() {
        reading.set(false);
        if (readAgain) {
            readAgain = false;
            if (stale()) {
                read();
            }
        }
    }

    /**
     * Enter on a night of a line: on a stay, chooses it; then on a room, gives the chosen stay that room. Returns
     * whether it did something.
     */
    public boolean choose(RackRow row, int night) {
        if (row == null) {
            return false;
        }
        var stay = chosen.get();
        if (stay != null && row.kind() == RackRow.Kind.ROOM) {
            assign(stay, row.room());
            return true;
        }
        var here = row.stayOn(night);
        if (here != null) {
            chosen.set(here);
            message.set(ScreenText.of("rack.chosen", here.guestName() == null ? "?" : here.guestName()));
            return true;
        }
        return false;
    }

    /** Esc: no stay chosen any more. */
    public void cancel() {
        chosen.set(null);
        message.set("rack.hint");
    }

    /** Gives the stay the room: queued at once and read back (marked waiting); a refusal says why. */
    public void assign(RoomStay stay, DeskRoom room) {
        chosen.set(null);
        ui.submit(() -> {
            service.assignRoom(stay.bookingId(), room.number());
            return null;
        }, done -> {
            message.set(ScreenText.of("rack.assigned", stay.guestName() == null ? "?" : stay.guestName(),
                    room.number()));
        }, failure -> message.set(failure.getMessage()));
    }

    /** Marks the room Clean, Dirty or Inspected: queued at once and read back (marked waiting). */
    public void setHousekeeping(DeskRoom room, HousekeepingStatus status) {
        if (room == null || status == null) {
            return;
        }
        ui.submit(() -> {
            service.setHousekeeping(room.number(), status);
            return null;
        }, done -> {
            message.set(ScreenText.of("rack.housekeeping-set." + status.name(), room.number()));
        }, failure -> message.set(failure.getMessage()));
    }

    public ObservableList<LocalDate> nights() {
        return nights;
    }

    public ObservableList<RackRow> rows() {
        return rows;
    }

    /** True while the rack is read again (the lines shown are the last ones read until it ends). */
    public ReadOnlyBooleanProperty readingProperty() {
        return reading.getReadOnlyProperty();
    }

    public ObjectProperty<RoomStay> chosenProperty() {
        return chosen;
    }

    public StringProperty messageProperty() {
        return message;
    }
}
