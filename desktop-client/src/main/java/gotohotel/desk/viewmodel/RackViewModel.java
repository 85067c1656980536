package gotohotel.desk.viewmodel;

import gotohotel.desk.service.DeskRoom;
import gotohotel.desk.service.RoomService;
import gotohotel.desk.service.RoomStay;
import gotohotel.desk.text.ScreenText;
import gotohotel.shared.api.HousekeepingStatus;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.IntStream;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The room rack: rooms × the next 14 nights, read in one go from the desk's store, and the two-step assignment
 * (choose a stay, then a room: a move from tonight on when the guest is in house) and housekeeping, queued like
 * decisions and shown at once.
 */
public final class RackViewModel {

    public static final int NIGHTS = 14;

    private record Read(LocalDate first, List<RackRow> rows) {
    }

    private final RoomService service;
    private final UiExecutor ui;
    private final ObservableList<LocalDate> nights = FXCollections.observableArrayList();
    private final ObservableList<RackRow> rows = FXCollections.observableArrayList();
    private final ObjectProperty<RoomStay> chosen = new SimpleObjectProperty<>();
    /** A bundle key or {@link ScreenText} for the line under the rack: what to do next, or why not. */
    private final StringProperty message = new SimpleStringProperty("rack.hint");
    private boolean reading;
    private boolean readAgain;
    private boolean shown;

    public RackViewModel(RoomService service, UiExecutor ui) {
        this.service = service;
        this.ui = ui;
        service.listenRooms(() -> ui.onUi(this::changed));
    }

    /** Reads the rack again now (the first time the rack is shown, and when it comes back on screen). */
    public void refresh() {
        shown = true;
        if (reading) {
            readAgain = true;
            return;
        }
        reading = true;
        ui.submit(() -> {
            var first = service.today();
            return new Read(first, RackLayout.rows(service.rack(first, NIGHTS), first, NIGHTS));
        }, read -> {
            if (nights.isEmpty() || !nights.get(0).equals(read.first())) {
                nights.setAll(IntStream.range(0, NIGHTS).mapToObj(read.first()::plusDays).toList());
            }
            rows.setAll(read.rows());
            doneReading();
        }, failure -> {
            message.set("error.load");
            doneReading();
        });
    }

    /** The rack is off screen: changes are read when it is shown again. */
    public void hidden() {
        shown = false;
    }

    private void changed() {
        if (shown) {
            refresh();
        }
    }

    private void doneReading() {
        reading = false;
        if (readAgain) {
            readAgain = false;
            refresh();
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
            refresh();
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
            refresh();
        }, failure -> message.set(failure.getMessage()));
    }

    public ObservableList<LocalDate> nights() {
        return nights;
    }

    public ObservableList<RackRow> rows() {
        return rows;
    }

    public ObjectProperty<RoomStay> chosenProperty() {
        return chosen;
    }

    public StringProperty messageProperty() {
        return message;
    }
}
