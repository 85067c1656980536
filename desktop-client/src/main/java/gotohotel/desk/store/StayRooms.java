package gotohotel.desk.store;

import gotohotel.shared.sync.AssignedRoom;
import gotohotel.shared.sync.CommandType;
import java.sql.SQLException;
import java.time.LocalDate;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The rooms each stay holds as the desk shows them ({@code stay_room}): the server's assignment with this desk's
 * queued ASSIGN_ROOM and MOVE_ROOM laid over it, like a reservation's status and its queued decisions.
 */
final class StayRooms {

    /** The statuses whose stays hold their rooms (the others let them go). */
    static final String HOLDING = "('PENDING_CONFIRMATION', 'CONFIRMED', 'CHECKED_IN')";

    /** The stays in a window: {@code %1$s} an index hint, {@code %2$s} more conditions. */
    private static final String IN_WINDOW = """
            SELECT r.reservation_id, r.guest_name, r.local_status, r.room_type, r.check_in, r.check_out,
                s.number, s.from_night, s.until_night, s.waiting
            FROM reservation r %1$s
                LEFT JOIN stay_room s ON s.reservation_id = r.reservation_id
            WHERE r.check_out > ? AND r.check_in < ? AND r.local_status IN""" + " " + HOLDING + """

                AND (s.reservation_id IS NULL OR (s.until_night > ? AND s.from_night < ?)) %2$s""";

    private StayRooms() {
    }

    /** Shows the server's rooms of the stay with its queued room commands re-applied on top, in seq order. */
    static void rebase(Sqlite tx, UUID reservationId) throws SQLException {
        var stay = tx.single("SELECT check_in, check_out, rooms FROM reservation WHERE reservation_id = ?",
                rows -> new Object[] {StoredText.date(rows.getString(1)), StoredText.date(rows.getString(2)),
                    rows.getString(3)}, reservationId.toString());
        tx.update("DELETE FROM stay_room WHERE reservation_id = ?", reservationId.toString());
        if (stay.isEmpty()) {
            return;
        }
        var checkIn = (LocalDate) stay.get()[0];
        var checkOut = (LocalDate) stay.get()[1];
        var rooms = AssignedRooms.parse((String) stay.get()[2]);
        var waiting = new ArrayList<String>();
        for (var command : CommandRows.roomCommands(tx, reservationId)) {
            if (command.type() == CommandType.ASSIGN_ROOM && checkIn != null && checkOut != null) {
                rooms = new ArrayList<>(List.of(new AssignedRoom(command.room(), checkIn, checkOut)));
                waiting.clear();
            } else if (command.type() == CommandType.MOVE_ROOM && command.fromNight() != null && checkOut != null) {
                rooms = AssignedRooms.movedFrom(rooms, command.room(), command.fromNight(), checkOut);
            }
            waiting.add(command.room());
        }
        for (var room : rooms) {
            tx.update("""
                    INSERT INTO stay_room (reservation_id, number, from_night, until_night, waiting)
                    VALUES (?, ?, ?, ?, ?)""", reservationId.toString(), room.number(), room.from().toString(),
                    room.until().toString(), waiting.contains(room.number()) ? 1 : 0);
        }
    }

    /** The rooms the stay holds as the desk shows them, in the order of its nights. */
    static List<AssignedRoom> of(Sqlite tx, UUID reservationId) throws SQLException {
        return tx.query("""
                SELECT number, from_night, until_night FROM stay_room WHERE reservation_id = ? ORDER BY from_night""",
                rows -> new AssignedRoom(rows.getString(1), StoredText.date(rows.getString(2)),
                        StoredText.date(rows.getString(3))), reservationId.toString());
    }

    /** The guest of another stay that holds the room on one of the nights {@code from} to {@code until}, if any. */
    static Optional<String> heldBy(Sqlite tx, String number, LocalDate from, LocalDate until, UUID except)
            throws SQLException {
        return tx.single("""
                SELECT coalesce(r.guest_name, '?') FROM stay_room s JOIN reservation r ON r.reservation_id = s.reservation_id
                WHERE s.number = ? AND s.from_night < ? AND s.until_night > ? AND s.reservation_id <> ?
                    AND r.local_status IN""" + " " + HOLDING + " LIMIT 1", rows -> rows.getString(1), number,
                until.toString(), from.toString(), except.toString());
    }

    /**
     * The stays that hold a room on a night from {@code first} to {@code end} (exclusive), with the rooms they hold
     * on those nights or none: one query, on the window's index and the stays' rooms by reservation.
     */
    static List<StayInWindow> window(Sqlite tx, LocalDate first, LocalDate end) throws SQLException {
        return tx.query(IN_WINDOW.formatted("INDEXED BY reservation_window", ""), StayRooms::inWindow,
                first.toString(), end.toString(), first.toString(), end.toString());
    }

    /**
     * What {@link #window} reads for these reservations only (by their primary key): those of them that hold a room
     * on a night of the window; ids the desk does not hold, or whose stays are outside it or hold no room, give none.
     */
    static List<StayInWindow> window(Sqlite tx, List<UUID> reservationIds, LocalDate first, LocalDate end)
            throws SQLException {
        var found = new ArrayList<StayInWindow>();
        for (int from = 0; from < reservationIds.size(); from += 512) {
            var chunk = reservationIds.subList(from, Math.min(reservationIds.size(), from + 512));
            // as many marks as the next power of two, the last id repeated: a few statements prepared and kept, not
            // one for each number of changed bookings
            int marks = chunk.size() == 1 ? 1 : Integer.highestOneBit(chunk.size() - 1) << 1;
            var values = new ArrayList<Object>(List.of(first.toString(), end.toString(), first.toString(),
                    end.toString()));
            for (int i = 0; i < marks; i++) {
                values.add(chunk.get(Math.min(i, chunk.size() - 1)).toString());
            }
            found.addAll(tx.query(IN_WINDOW.formatted("", "AND r.reservation_id IN ("
                    + String.join(",", Collections.nCopies(marks, "?")) + ")"), StayRooms::inWindow,
                    values.toArray()));
        }
        return found;
    }

    private static StayInWindow inWindow(ResultSet rows) throws SQLException {
        var checkIn = StoredText.date(rows.getString(5));
        var checkOut = StoredText.date(rows.getString(6));
        String room = rows.getString(7);
        return new StayInWindow(UUID.fromString(rows.getString(1)), rows.getString(2), rows.getString(3),
                rows.getString(4), checkIn, checkOut, room,
                room == null ? checkIn : StoredText.date(rows.getString(8)),
                room == null ? checkOut : StoredText.date(rows.getString(9)), rows.getInt(10) == 1);
    }
}
