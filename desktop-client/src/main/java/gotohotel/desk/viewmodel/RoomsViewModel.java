package gotohotel.desk.viewmodel;

import gotohotel.desk.service.ManagedRoom;
import gotohotel.desk.service.RoomAdministration;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The Rooms screen (managers, online only, opened from the header like the Staff screen): every room with its type,
 * housekeeping, out-of-service flag and out-of-order dates, and the forms that add, change and take rooms out of
 * order. The desk's own copy of the rooms (rack, check-in) follows through the changes feed.
 */
public final class RoomsViewModel {

    private final RoomAdministration rooms;
    private final UiExecutor ui;
    private final Clock clock;
    private final BooleanProperty busy = new SimpleBooleanProperty();
    private final StringProperty error = new SimpleStringProperty();
    private final ObservableList<ManagedRoom> list = FXCollections.observableArrayList();
    private List<String> roomTypes = List.of();

    /** @param clock the hotel's today (the first night a room can go out of order) */
    public RoomsViewModel(RoomAdministration rooms, UiExecutor ui, Clock clock) {
        this.rooms = rooms;
        this.ui = ui;
        this.clock = clock;
    }

    /** Reads the rooms and the room types from the server. */
    public void load() {
        busy.set(true);
        error.set(null);
        ui.submit(() -> new Lists(rooms.rooms(), rooms.roomTypes()), lists -> {
            busy.set(false);
            roomTypes = lists.types();
            list.setAll(lists.rooms());
            list.sort(order());
        }, failure -> {
            busy.set(false);
            error.set(StaffTexts.of(failure, null));
        });
    }

    private record Lists(List<ManagedRoom> rooms, List<String> types) {
    }

    public RoomForm newRoom() {
        return RoomForm.create(rooms, ui, roomTypes);
    }

    public RoomForm edit(ManagedRoom room) {
        return RoomForm.edit(rooms, ui, roomTypes, room);
    }

    public OutOfOrderForm outOfOrder(ManagedRoom room) {
        return new OutOfOrderForm(rooms, ui, room.number(), LocalDate.now(clock));
    }

    /**
     * Shows a room as the server answered it.
     *
     * @param before its number before the change (a rename), or null for a new room
     */
    public void saved(String before, ManagedRoom room) {
        list.removeIf(r -> r.number().equals(before) || r.number().equals(room.number()));
        list.add(room);
        list.sort(order());
    }

    /** Puts the room back in order for that period (the view asked for confirmation). */
    public void backInOrder(ManagedRoom room, ManagedRoom.OffSale period) {
        busy.set(true);
        error.set(null);
        ui.submit(() -> rooms.backInOrder(room.number(), period.id()), changed -> {
            busy.set(false);
            saved(room.number(), changed);
        }, failure -> {
            busy.set(false);
            error.set(StaffTexts.of(failure, room.number()));
        });
    }

    /** By type in the server's order (a type it did not list last), then by number as read (101 before 1001). */
    private Comparator<ManagedRoom> order() {
        var types = roomTypes;
        return Comparator.<ManagedRoom>comparingInt(room -> types.contains(room.roomType())
                        ? types.indexOf(room.roomType()) : types.size())
                .thenComparing(ManagedRoom::roomType)
                .thenComparing(room -> room.number().length()).thenComparing(ManagedRoom::number);
    }

    public ObservableList<ManagedRoom> rooms() {
        return list;
    }

    public BooleanProperty busyProperty() {
        return busy;
    }

    /** The last refusal as a {@link gotohotel.desk.text.ScreenText} (null when none). */
    public StringProperty errorProperty() {
        return error;
    }
}
