package gotohotel.desk.viewmodel;

import gotohotel.desk.service.ManagedRoom;
import gotohotel.desk.service.RoomAdministration;
import java.time.LocalDate;
import java.util.Set;
import java.util.function.Consumer;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * A room taken out of order (off sale) for nights: from the first night to the morning it is back ({@code until},
 * exclusive), with a reason staff can read. The server refuses dates whose nights the type's bookings need and
 * names those bookings.
 */
public final class OutOfOrderForm {

    /** The longest reason the server keeps. */
    static final int MAX_REASON = 200;

    private final RoomAdministration rooms;
    private final String number;
    private final FormState state;
    private final ObjectProperty<LocalDate> from = new SimpleObjectProperty<>();
    private final ObjectProperty<LocalDate> until = new SimpleObjectProperty<>();
    private final StringProperty reason = new SimpleStringProperty("");

    OutOfOrderForm(RoomAdministration rooms, UiExecutor ui, String number, LocalDate today) {
        this.rooms = rooms;
        this.number = number;
        this.state = new FormState(ui, Set.of("from", "until", "reason"));
        from.set(today);
        until.set(today.plusDays(1));
    }

    /** The room's number. */
    public String number() {
        return number;
    }

    public BooleanBinding cannotSave() {
        return Bindings.createBooleanBinding(() -> state.busyProperty().get() || from.get() == null
                || until.get() == null || reason.get().isBlank(), state.busyProperty(), from, until, reason);
    }

    /** Sends the form; {@code saved} gets the room as the server now holds it. */
    public void save(Consumer<ManagedRoom> saved) {
        if (cannotSave().get()) {
            return;
        }
        if (!until.get().isAfter(from.get())) {
            state.refuseField("until", "rooms.until-after-from");
            return;
        }
        if (reason.get().strip().length() > MAX_REASON) {
            state.refuseField("reason", "rooms.reason-too-long");
            return;
        }
        LocalDate first = from.get();
        LocalDate back = until.get();
        String why = reason.get();
        state.send(() -> rooms.takeOutOfOrder(number, first, back, why), number, saved);
    }

    public FormState state() {
        return state;
    }

    public ObjectProperty<LocalDate> fromProperty() {
        return from;
    }

    public ObjectProperty<LocalDate> untilProperty() {
        return until;
    }

    public StringProperty reasonProperty() {
        return reason;
    }
}
