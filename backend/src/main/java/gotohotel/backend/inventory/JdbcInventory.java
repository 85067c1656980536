package gotohotel.backend.inventory;

import gotohotel.backend.money.Money;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Inventory on plain SQL: a hold increments {@code held} on each night in ascending order (so concurrent
 * holds lock rows in the same order and cannot deadlock) and only while {@code held < capacity}; the
 * check constraint on {@code room_night} backs this up in the database itself.
 */
@Service
class JdbcInventory implements Inventory {

    private final JdbcTemplate jdbc;
    private final Clock clock;

    JdbcInventory(JdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Override
    @Transactional(readOnly = true)
    public List<RoomType> roomTypes() {
        return jdbc.query("SELECT * FROM room_type ORDER BY nightly_rate, code", JdbcInventory::roomType);
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<RoomType> roomType(String code) {
        return jdbc.query("SELECT * FROM room_type WHERE code = ?", JdbcInventory::roomType, code).stream().findFirst();
    }

    @Override
    @Transactional(readOnly = true)
    public List<Availability> availability(Stay stay, int guests) {
        return roomTypes().stream()
                .filter(type -> type.capacity() >= guests)
                .map(type -> new Availability(type, freeRooms(type.code(), stay), type.nightlyRate().times(stay.nights())))
                .toList();
    }

    private int freeRooms(String roomType, Stay stay) {
        var row = jdbc.queryForMap("""
                SELECT COUNT(*) AS nights, MIN(capacity - held) AS free FROM room_night
                WHERE room_type = ? AND night >= ? AND night < ?""",
                roomType, Date.valueOf(stay.checkIn()), Date.valueOf(stay.checkOut()));
        long nights = ((Number) row.get("nights")).longValue();
        if (nights < stay.nights() || row.get("free") == null) {
            return 0;
        }
        return Math.max(0, ((Number) row.get("free")).intValue());
    }

    @Override
    @Transactional(propagation = Propagation.MANDATORY)
    public void hold(UUID orderId, String roomType, Stay stay) {
        try {
            for (LocalDate night = stay.checkIn(); night.isBefore(stay.checkOut()); night = night.plusDays(1)) {
                int updated = jdbc.update("""
                        UPDATE room_night SET held = held + 1
                        WHERE room_type = ? AND night = ? AND held < capacity""", roomType, Date.valueOf(night));
                if (updated != 1) {
                    throw new SoldOutException(roomType, stay);
                }
            }
        } catch (DataIntegrityViolationException overbooked) {
            throw new SoldOutException(roomType, stay);
        }
        jdbc.update("INSERT INTO room_hold (order_id, room_type, check_in, check_out, created_at) VALUES (?, ?, ?, ?, ?)",
                orderId, roomType, Date.valueOf(stay.checkIn()), Date.valueOf(stay.checkOut()),
                Timestamp.from(clock.instant()));
    }

    @Override
    @Transactional(propagation = Propagation.MANDATORY)
    public void release(UUID orderId) {
        int released = jdbc.update("UPDATE room_hold SET released_at = ? WHERE order_id = ? AND released_at IS NULL",
                Timestamp.from(clock.instant()), orderId);
        if (released == 0) {
            return;
        }
        jdbc.update("""
                UPDATE room_night SET held = held - 1
                WHERE room_type = (SELECT room_type FROM room_hold WHERE order_id = ?)
                  AND night >= (SELECT check_in FROM room_hold WHERE order_id = ?)
                  AND night < (SELECT check_out FROM room_hold WHERE order_id = ?)""", orderId, orderId, orderId);
    }

    @Override
    @Transactional(readOnly = true)
    public boolean isBookable(String roomType, Stay stay) {
        Integer nights = jdbc.queryForObject("""
                SELECT COUNT(*) FROM room_night WHERE room_type = ? AND night >= ? AND night < ?""", Integer.class,
                roomType, Date.valueOf(stay.checkIn()), Date.valueOf(stay.checkOut()));
        return nights != null && nights == stay.nights();
    }

    private static RoomType roomType(ResultSet rs, int row) throws SQLException {
        return new RoomType(rs.getString("code"), rs.getString("name"), rs.getInt("capacity"),
                Money.of(rs.getBigDecimal("nightly_rate"), rs.getString("currency")), rs.getInt("total_rooms"));
    }
}
