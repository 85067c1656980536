package gotohotel.backend.reservation;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.springframework.data.domain.Limit;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
class Feed implements ReservationFeed {

    private final ReservationRepository reservations;
    private final JdbcTemplate jdbc;
    private final StayRooms rooms;

    Feed(ReservationRepository reservations, JdbcTemplate jdbc, StayRooms rooms) {
        this.reservations = reservations;
        this.jdbc = jdbc;
        this.rooms = rooms;
    }

    @Override
    @Transactional(readOnly = true)
    public List<Entry> after(long position, LocalDate checkOutFrom, int limit) {
        var page = checkOutFrom == null
                ? reservations.changedAfter(position, Limit.of(limit))
                : reservations.changedAfter(position, checkOutFrom, Limit.of(limit));
        var snapshots = rooms.withRooms(page.stream().map(ReservationSnapshots::of).toList());
        var entries = new ArrayList<Entry>(page.size());
        for (int i = 0; i < page.size(); i++) {
            entries.add(new Entry(page.get(i).changePosition(), snapshots.get(i)));
        }
        return entries;
    }

    /**
     * One read: the counter, the reservation now at the position and the marked one (the same row when it has not
     * moved on). Positions are never handed out twice in one history and a reservation only moves on with a new
     * version, so a history that still holds the mark is the one the reader followed.
     */
    @Override
    @Transactional(readOnly = true)
    public boolean passedThrough(long position, Mark last) {
        var rows = jdbc.query("""
                SELECT c.last_position, r.id, r.version, r.updated_at, r.change_position
                FROM reservation_change_counter c
                LEFT JOIN reservation r ON r.change_position = ? OR r.id = CAST(? AS uuid)
                WHERE c.id = 1""", (row, n) -> Row.of(row), position, last == null ? null : last.reservationId());
        if (rows.isEmpty() || rows.get(0).lastPosition() < position) {
            return false;
        }
        if (last == null || position == 0) {
            return true;
        }
        var atPosition = rows.stream().filter(row -> row.position() == position).findFirst();
        if (atPosition.isPresent()) {
            return atPosition.get().is(last);
        }
        return rows.stream().anyMatch(row -> last.reservationId().equals(row.id()) && row.position() > position
                && row.version() > last.version());
    }

    private record Row(long lastPosition, UUID id, long version, long updatedAtMillis, long position) {

        static Row of(ResultSet row) throws SQLException {
            var updatedAt = row.getTimestamp("updated_at");
            return new Row(row.getLong("last_position"), row.getObject("id", UUID.class), row.getLong("version"),
                    updatedAt == null ? 0 : updatedAt.toInstant().toEpochMilli(), row.getLong("change_position"));
        }

        boolean is(Mark mark) {
            return mark.reservationId().equals(id) && mark.version() == version
                    && mark.updatedAtMillis() == updatedAtMillis;
        }
    }
}
