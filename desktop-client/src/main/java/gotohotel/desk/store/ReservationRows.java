package gotohotel.desk.store;

import gotohotel.shared.sync.ReservationSnapshot;
import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** The reservation cache table. */
final class ReservationRows {

    /** The columns {@link #map} reads, by position (by name each read would be a look-up). */
    private static final String COLUMNS = """
            r.reservation_id, r.order_id, r.status, r.version, r.guest_name, r.phone, r.room_type, r.check_in,
            r.check_out, r.guest_count, r.amount, r.currency, r.updated_at, r.last_changed_by, r.local_status""";
    private static final String SELECT = "SELECT " + COLUMNS + """
            , (SELECT count(*) FROM pending_command c WHERE c.reservation_id = r.reservation_id) AS queued
            FROM reservation r""";

    private ReservationRows() {
    }

    static Optional<LocalReservation> find(Sqlite db, UUID reservationId) throws SQLException {
        return db.single(SELECT + " WHERE r.reservation_id = ?", ReservationRows::map, reservationId.toString());
    }

    /** The reservation of a guest's order, if the changes feed brought it (a booking just made at this desk). */
    static Optional<LocalReservation> ofOrder(Sqlite db, UUID orderId) throws SQLException {
        return db.single(SELECT + " WHERE r.order_id = ?", ReservationRows::map, orderId.toString());
    }

    static List<LocalReservation> all(Sqlite db) throws SQLException {
        return db.query(SELECT + " ORDER BY r.check_in, r.guest_name", ReservationRows::map);
    }

    /**
     * Every cached reservation in no particular order, for a screen that sorts them itself: one pass over the
     * table with the queue counted once (not per row).
     */
    static List<LocalReservation> everything(Sqlite db) throws SQLException {
        return db.query("""
                SELECT %s, coalesce(q.n, 0) AS queued FROM reservation r
                LEFT JOIN (SELECT reservation_id, count(*) AS n FROM pending_command GROUP BY reservation_id) q
                    ON q.reservation_id = r.reservation_id""".formatted(COLUMNS), ReservationRows::map);
    }

    /** The cached reservations with these ids (those the desk holds), in chunks the driver takes. */
    static List<LocalReservation> byIds(Sqlite db, List<UUID> ids) throws SQLException {
        var found = new ArrayList<LocalReservation>(ids.size());
        for (int from = 0; from < ids.size(); from += 500) {
            var chunk = ids.subList(from, Math.min(ids.size(), from + 500));
            String marks = String.join(",", Collections.nCopies(chunk.size(), "?"));
            found.addAll(db.query(SELECT + " WHERE r.reservation_id IN (" + marks + ")", ReservationRows::map,
                    chunk.stream().map(UUID::toString).toArray()));
        }
        return found;
    }

    static long count(Sqlite db) throws SQLException {
        return db.number("SELECT count(*) FROM reservation");
    }

    /** Stores the server's snapshot (with its rooms); the local status and rooms are recomputed by the caller. */
    static void put(Sqlite db, ReservationSnapshot s) throws SQLException {
        db.update("""
                INSERT INTO reservation (reservation_id, order_id, status, version, guest_name, phone, room_type,
                    check_in, check_out, guest_count, amount, currency, updated_at, last_changed_by, local_status, rooms)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                ON CONFLICT (reservation_id) DO UPDATE SET order_id = excluded.order_id, status = excluded.status,
                    version = excluded.version, guest_name = excluded.guest_name, phone = excluded.phone,
                    room_type = excluded.room_type, check_in = excluded.check_in, check_out = excluded.check_out,
                    guest_count = excluded.guest_count, amount = excluded.amount, currency = excluded.currency,
                    updated_at = excluded.updated_at, last_changed_by = excluded.last_changed_by,
                    rooms = excluded.rooms""",
                s.reservationId().toString(), text(s.orderId()), s.status(), s.version(), s.guestName(), s.phone(),
                s.roomType(), text(s.checkIn()), text(s.checkOut()), s.guestCount(),
                s.amount() == null ? null : s.amount().toPlainString(), s.currency(), text(s.updatedAt()),
                s.lastChangedBy(), s.status(), AssignedRooms.text(s.rooms()));
    }

    static void showLocally(Sqlite db, UUID reservationId, String localStatus) throws SQLException {
        db.update("UPDATE reservation SET local_status = ? WHERE reservation_id = ?", localStatus,
                reservationId.toString());
    }

    /** One row; the desk reads 100,000 of them at start, so dates and instants are parsed without a formatter. */
    private static LocalReservation map(ResultSet rows) throws SQLException {
        String amount = rows.getString(11);
        var snapshot = new ReservationSnapshot(UUID.fromString(rows.getString(1)), uuid(rows.getString(2)),
                rows.getString(3), rows.getLong(4), rows.getString(5), rows.getString(6), rows.getString(7),
                StoredText.date(rows.getString(8)), StoredText.date(rows.getString(9)), rows.getInt(10),
                amount == null ? null : new BigDecimal(amount), rows.getString(12),
                StoredText.instant(rows.getString(13)), rows.getString(14));
        return new LocalReservation(snapshot, rows.getString(15), rows.getInt(16));
    }

    private static String text(Object value) {
        return value == null ? null : value.toString();
    }

    private static UUID uuid(String value) {
        return value == null ? null : UUID.fromString(value);
    }

}
