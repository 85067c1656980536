package gotohotel.desk.store;

import gotohotel.shared.sync.ReservationSnapshot;
import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** The reservation cache table. */
final class ReservationRows {

    private static final String SELECT = """
            SELECT r.*, (SELECT count(*) FROM pending_command c WHERE c.reservation_id = r.reservation_id) AS queued
            FROM reservation r""";

    private ReservationRows() {
    }

    static Optional<LocalReservation> find(Sqlite db, UUID reservationId) throws SQLException {
        return db.single(SELECT + " WHERE r.reservation_id = ?", ReservationRows::map, reservationId.toString());
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
                SELECT r.*, coalesce(q.n, 0) AS queued FROM reservation r
                LEFT JOIN (SELECT reservation_id, count(*) AS n FROM pending_command GROUP BY reservation_id) q
                    ON q.reservation_id = r.reservation_id""", ReservationRows::map);
    }

    /** The cached reservations with these ids (those the desk holds), in chunks the driver takes. */
    static List<LocalReservation> byIds(Sqlite db, List<UUID> ids) throws SQLException {
        var found = new java.util.ArrayList<LocalReservation>(ids.size());
        for (int from = 0; from < ids.size(); from += 500) {
            var chunk = ids.subList(from, Math.min(ids.size(), from + 500));
            String marks = String.join(",", java.util.Collections.nCopies(chunk.size(), "?"));
            found.addAll(db.query(SELECT + " WHERE r.reservation_id IN (" + marks + ")", ReservationRows::map,
                    chunk.stream().map(UUID::toString).toArray()));
        }
        return found;
    }

    static long count(Sqlite db) throws SQLException {
        return db.number("SELECT count(*) FROM reservation");
    }

    /** Stores the server's snapshot; the local status is recomputed by the caller. */
    static void put(Sqlite db, ReservationSnapshot s) throws SQLException {
        db.update("""
                INSERT INTO reservation (reservation_id, order_id, status, version, guest_name, phone, room_type,
                    check_in, check_out, guest_count, amount, currency, updated_at, last_changed_by, local_status)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                ON CONFLICT (reservation_id) DO UPDATE SET order_id = excluded.order_id, status = excluded.status,
                    version = excluded.version, guest_name = excluded.guest_name, phone = excluded.phone,
                    room_type = excluded.room_type, check_in = excluded.check_in, check_out = excluded.check_out,
                    guest_count = excluded.guest_count, amount = excluded.amount, currency = excluded.currency,
                    updated_at = excluded.updated_at, last_changed_by = excluded.last_changed_by""",
                s.reservationId().toString(), text(s.orderId()), s.status(), s.version(), s.guestName(), s.phone(),
                s.roomType(), text(s.checkIn()), text(s.checkOut()), s.guestCount(),
                s.amount() == null ? null : s.amount().toPlainString(), s.currency(), text(s.updatedAt()),
                s.lastChangedBy(), s.status());
    }

    static void showLocally(Sqlite db, UUID reservationId, String localStatus) throws SQLException {
        db.update("UPDATE reservation SET local_status = ? WHERE reservation_id = ?", localStatus,
                reservationId.toString());
    }

    private static LocalReservation map(ResultSet rows) throws SQLException {
        String amount = rows.getString("amount");
        var snapshot = new ReservationSnapshot(UUID.fromString(rows.getString("reservation_id")),
                uuid(rows.getString("order_id")), rows.getString("status"), rows.getLong("version"),
                rows.getString("guest_name"), rows.getString("phone"), rows.getString("room_type"),
                date(rows.getString("check_in")), date(rows.getString("check_out")), rows.getInt("guest_count"),
                amount == null ? null : new BigDecimal(amount), rows.getString("currency"),
                instant(rows.getString("updated_at")), rows.getString("last_changed_by"));
        return new LocalReservation(snapshot, rows.getString("local_status"), rows.getInt("queued"));
    }

    private static String text(Object value) {
        return value == null ? null : value.toString();
    }

    private static UUID uuid(String value) {
        return value == null ? null : UUID.fromString(value);
    }

    private static LocalDate date(String value) {
        return value == null ? null : LocalDate.parse(value);
    }

    private static Instant instant(String value) {
        return value == null ? null : Instant.parse(value);
    }
}
