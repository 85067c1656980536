package gotohotel.desk.store;

import gotohotel.shared.api.HousekeepingStatus;
import gotohotel.shared.api.RoomView;
import gotohotel.shared.sync.RoomSnapshot;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** The rooms cache: the server's snapshots, their out-of-order nights and the housekeeping the desk shows. */
final class RoomRows {

    private RoomRows() {
    }

    /** Stores the server's snapshot if it is newer than the cached one (by room id); returns whether it did. */
    static boolean putIfNewer(Sqlite db, RoomSnapshot s) throws SQLException {
        long cached = db.number("SELECT coalesce(max(version), -1) FROM room WHERE room_id = ?", s.roomId().toString());
        return cached < s.version() && put(db, s);
    }

    /** Stores the server's snapshot whatever the cached version (a resync: the server's win). */
    static boolean put(Sqlite db, RoomSnapshot s) throws SQLException {
        db.update("""
                INSERT INTO room (room_id, number, room_type, housekeeping, out_of_service, version, updated_at,
                    last_changed_by, local_housekeeping) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
                ON CONFLICT (room_id) DO UPDATE SET number = excluded.number, room_type = excluded.room_type,
                    housekeeping = excluded.housekeeping, out_of_service = excluded.out_of_service,
                    version = excluded.version, updated_at = excluded.updated_at,
                    last_changed_by = excluded.last_changed_by""", s.roomId().toString(), s.number(), s.roomType(),
                s.housekeeping().name(), s.outOfService() ? 1 : 0, s.version(),
                s.updatedAt() == null ? null : s.updatedAt().toString(), s.lastChangedBy(), s.housekeeping().name());
        db.update("DELETE FROM room_out_of_order WHERE room_id = ?", s.roomId().toString());
        for (var o : s.outOfOrder() == null ? List.<RoomView.OutOfOrder>of() : s.outOfOrder()) {
            db.update("INSERT INTO room_out_of_order (room_id, id, from_night, until_night, reason) VALUES (?, ?, ?, ?, ?)",
                    s.roomId().toString(), o.id(), o.from().toString(), o.until().toString(), o.reason());
        }
        rebase(db, s.number());
        return true;
    }

    /** Shows the server's housekeeping with this desk's queued changes of the room on top, in seq order. */
    static void rebase(Sqlite db, String number) throws SQLException {
        var queued = CommandRows.housekeeping(db, number);
        if (queued.isEmpty()) {
            db.update("UPDATE room SET local_housekeeping = housekeeping WHERE number = ?", number);
        } else {
            db.update("UPDATE room SET local_housekeeping = ? WHERE number = ?", queued.get(queued.size() - 1).name(),
                    number);
        }
    }

    static Optional<LocalRoom> byNumber(Sqlite db, String number) throws SQLException {
        return all(db, number).stream().findFirst();
    }

    /** Every room, by type and number, with its out-of-order nights (two reads, not one per room). */
    static List<LocalRoom> all(Sqlite db) throws SQLException {
        return all(db, null);
    }

    private static List<LocalRoom> all(Sqlite db, String number) throws SQLException {
        String where = number == null ? "" : " WHERE r.number = ?";
        Object[] parameters = number == null ? new Object[0] : new Object[] {number};
        var outOfOrder = new HashMap<String, List<RoomView.OutOfOrder>>();
        for (var row : db.query("SELECT o.room_id, o.id, o.from_night, o.until_night, o.reason "
                + "FROM room_out_of_order o JOIN room r ON r.room_id = o.room_id" + where
                + " ORDER BY o.from_night", rows -> new Object[] {rows.getString(1), new RoomView.OutOfOrder(
                rows.getLong(2), StoredText.date(rows.getString(3)), StoredText.date(rows.getString(4)),
                rows.getString(5))}, parameters)) {
            outOfOrder.computeIfAbsent((String) row[0], id -> new ArrayList<>()).add((RoomView.OutOfOrder) row[1]);
        }
        return db.query("""
                SELECT r.room_id, r.number, r.room_type, r.housekeeping, r.out_of_service, r.version, r.updated_at,
                    r.last_changed_by, r.local_housekeeping,
                    EXISTS (SELECT 1 FROM pending_command c WHERE c.room = r.number AND c.type = 'SET_HOUSEKEEPING')
                FROM room r""" + where + " ORDER BY r.room_type, length(r.number), r.number", rows -> new LocalRoom(
                new RoomSnapshot(UUID.fromString(rows.getString(1)), rows.getString(2), rows.getString(3),
                        HousekeepingStatus.valueOf(rows.getString(4)), rows.getInt(5) == 1,
                        List.copyOf(outOfOrder.getOrDefault(rows.getString(1), List.of())), rows.getLong(6),
                        StoredText.instant(rows.getString(7)), rows.getString(8)),
                HousekeepingStatus.valueOf(rows.getString(9)), rows.getInt(10) == 1), parameters);
    }
}
