package gotohotel.desk.view;

import gotohotel.desk.viewmodel.OnlineScreens;
import java.util.List;
import java.util.function.Supplier;
import javafx.beans.binding.BooleanBinding;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.StackPane;
import javafx.stage.Window;

/**
 * The header's entries: <em>New booking…</em> for reception, <em>Rooms…</em> and <em>Staff…</em> for managers and
 * <em>My password…</em> for everyone. Both need the
 * server: offline they are disabled and say so in a tooltip (on a wrapper: a disabled button shows none).
 */
final class StaffEntries {

    private StaffEntries() {
    }

    static List<Node> build(OnlineScreens screens, Texts t, Supplier<Window> window) {
        var staff = screens.staff();
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
        var openRooms = new Button(t.get("rooms.open"));
        openRooms.setId("roomsScreen");
        openRooms.setOnAction(e -> RoomsView.show(window.get(), t, screens.rooms()));
        var roomsEntry = needsServer(openRooms, staff.canOpen().not(), t);
        roomsEntry.visibleProperty().bind(staff.managerProperty());
        roomsEntry.managedProperty().bind(roomsEntry.visibleProperty());
        var book = new Button(t.get("booking.open"));
        book.setId("newBooking");
        book.setOnAction(e -> {
            var form = screens.bookings().newBooking();
            GuestBookingDialog.book(window.get(), t, form)
                    .ifPresent(booked -> GuestBookingDialog.showBooked(window.get(), t, booked, form));
        });
        var bookEntry = needsServer(book, staff.canBook().not(), t);
        bookEntry.visibleProperty().bind(staff.receptionProperty());
        bookEntry.managedProperty().bind(bookEntry.visibleProperty());
        return List.of(bookEntry, roomsEntry, staffEntry, ownEntry);
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
