package gotohotel.desk.viewmodel;

import gotohotel.desk.service.ManagedRoom;
import gotohotel.desk.service.RoomAdministration;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.Consumer;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * A new room (number and type) or an existing one renamed, moved to another type or flagged out of service. Only
 * what changed is sent.
 */
public final class RoomForm {

    private final RoomAdministration rooms;
    private final ManagedRoom existing;
    private final List<String> roomTypes;
    private final FormState state;
    private final StringProperty number = new SimpleStringProperty("");
    private final StringProperty roomType = new SimpleStringProperty();
    private final BooleanProperty outOfService = new SimpleBooleanProperty();

    private RoomForm(RoomAdministration rooms, UiExecutor ui, List<String> roomTypes, ManagedRoom existing) {
        this.rooms = rooms;
        this.existing = existing;
        this.roomTypes = List.copyOf(roomTypes);
        this.state = new FormState(ui, Set.of("number", "roomType", "outOfService"));
        if (existing != null) {
            number.set(existing.number());
            roomType.set(existing.roomType());
            outOfService.set(existing.outOfService());
        } else if (!roomTypes.isEmpty()) {
            roomType.set(roomTypes.get(0));
        }
    }

    static RoomForm create(RoomAdministration rooms, UiExecutor ui, List<String> roomTypes) {
        return new RoomForm(rooms, ui, roomTypes, null);
    }

    static RoomForm edit(RoomAdministration rooms, UiExecutor ui, List<String> roomTypes, ManagedRoom room) {
        return new RoomForm(rooms, ui, roomTypes, room);
    }

    public boolean isNew() {
        return existing == null;
    }

    /** The room's number before any rename (null for a new room). */
    public String editedNumber() {
        return existing == null ? null : existing.number();
    }

    public List<String> roomTypes() {
        return roomTypes;
    }

    public BooleanBinding cannotSave() {
        return Bindings.createBooleanBinding(() -> state.busyProperty().get() || number.get().isBlank()
                || roomType.get() == null, state.busyProperty(), number, roomType);
    }

    /** Sends the form; {@code saved} gets the room as the server now holds it. Nothing changed: closes at once. */
    public void save(Consumer<ManagedRoom> saved) {
        if (cannotSave().get()) {
            return;
        }
        String newNumber = number.get().strip();
        String type = roomType.get();
        if (isNew()) {
            state.send(() -> rooms.add(newNumber, type), newNumber, saved);
            return;
        }
        String renamed = newNumber.equals(existing.number()) ? null : newNumber;
        String moved = Objects.equals(type, existing.roomType()) ? null : type;
        Boolean flagged = outOfService.get() == existing.outOfService() ? null : outOfService.get();
        if (renamed == null && moved == null && flagged == null) {
            saved.accept(existing);
            return;
        }
        state.send(() -> rooms.change(existing.number(), renamed, moved, flagged), renamed != null ? newNumber
                : existing.number(), saved);
    }

    public FormState state() {
        return state;
    }

    public StringProperty numberProperty() {
        return number;
    }

    public StringProperty roomTypeProperty() {
        return roomType;
    }

    public BooleanProperty outOfServiceProperty() {
        return outOfService;
    }
}
