package gotohotel.desk.view;

import gotohotel.desk.viewmodel.RoomsViewModel;
import gotohotel.desk.viewmodel.StaffViewModel;
import java.util.List;
import java.util.function.Supplier;
import javafx.beans.binding.BooleanBinding;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.StackPane;
import javafx.stage.Window;

/**
 * The header's entries: <em>Rooms…</em> and <em>Staff…</em> for managers and <em>My password…</em> for everyone. Both need the
 * server: offline they are disabled and say so in a tooltip (on a wrapper: a disabled button shows none).
 */
final class StaffEntries {

    private StaffEntries() {
    }

    /** @param rooms the Rooms screen, offered to managers beside the Staff screen (null: not offered) */
    static List<Node> build(StaffViewModel staff, RoomsViewModel rooms, Texts t, Supplier<Window> window) {
        var open = new Button(t.get("staff.open"));
        open.setId("staff");
        open.setOnAction(e -> StaffView.show(window.get(), t, staff));
        var staffEntry = needsServer(open, staff.canOpen().not(), t);
        staffEntry.visibleProperty().bind(staff.managerProperty());
        staffEntry.managedProperty().bind(staffEntry.visibleProperty());

        var own = new Button(t.get("staff.own.open"));
        own.setId("ownPassword");
        own.setOnAction(e -> FormDialogs.password(window.get(), t, staff.ownPassword()));
        var ownEntry = needsServer(own, staff.onlineProperty().not(), t);
        if (rooms == null) {
            return List.of(staffEntry, ownEntry);
        }
        var openRooms = new Button(t.get("rooms.open"));
        openRooms.setId("roomsScreen");
        openRooms.setOnAction(e -> RoomsView.show(window.get(), t, rooms));
        var roomsEntry = needsServer(openRooms, staff.canOpen().not(), t);
        roomsEntry.visibleProperty().bind(staff.managerProperty());
        roomsEntry.managedProperty().bind(roomsEntry.visibleProperty());
        return List.of(roomsEntry, staffEntry, ownEntry);
    }

    /** Disabled while {@code blocked}, with a tooltip saying the server is needed. */
    private static Node needsServer(Button button, BooleanBinding blocked, Texts t) {
        button.disableProperty().bind(blocked);
        var wrapper = new StackPane(button);
        wrapper.setId(button.getId() + "Entry");
        var tip = new Tooltip(t.get("staff.needs-server"));
        blocked.subscribe(now -> {
            if (now) {
                Tooltip.install(wrapper, tip);
            } else {
                Tooltip.uninstall(wrapper, tip);
            }
        });
        return wrapper;
    }
}
