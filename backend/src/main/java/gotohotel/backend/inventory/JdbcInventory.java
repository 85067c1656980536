package gotohotel.backend.inventory;

import gotohotel.backend.domain.InvalidInputException;
import gotohotel.backend.money.Money;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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
    private volatile Map<String, RoomType> roomTypes;

    JdbcInventory(JdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /**
     * Room types change rarely (migrations; the rooms context changes totals through {@link SellableRooms}), so they
     * are read once and served from memory until a total changes here; a code not known yet is looked up again, so a
     * room type added while running is found on its first order.
     */
    @Override
    public List<RoomType> roomTypes() {
        return List.copyOf(known().values());
    }

    @Override
    public Optional<RoomType> roomType(String code) {
        var known = known().get(code);
        if (known != null) {
            return Optional.of(known);
        }
        return Optional.ofNullable(load().get(code));
    }

    private Map<String, RoomType> known() {
        var known = roomTypes;
        return known != null ? known : load();
    }

    private Map<String, RoomType> load() {
        var loaded = new LinkedHashMap<String, RoomType>();
        jdbc.query("SELECT * FROM room_type ORDER BY nightly_rate, code", JdbcInventory::roomType)
                .forEach(type -> loaded.put(type.code(), type));
        roomTypes = Collections.unmodifiableMap(loaded);
        return roomTypes;
    }

    /** The room types' totals changed (rooms added, removed or moved): read them again on next use. */
    public void forgetRoomTypes() {
        roomTypes = null;
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
        holdNights(roomType, stay);
        jdbc.update("INSERT INTO room_hold (order_id, room_type, check_in, check_out, created_at) VALUES (?, ?, ?, ?, ?)",
                orderId, roomType, Date.valueOf(stay.checkIn()), Date.valueOf(stay.checkOut()),
                Timestamp.from(clock.instant()));
    }

    @Override
    @Transactional(propagation = Propagation.MANDATORY)
    public void holdNights(String roomType, Stay stay) {
        try {
            for (LocalDate night = stay.checkIn(); night.isBefore(stay.checkOut()); night = night.plusDays(1)) {
                int updated = jdbc.update("""
                        UPDATE room_night SET held = held + 1
                        WHERE room_type = ? AND night = ? AND held < capacity""", roomType, Date.valueOf(night));
                if (updated != 1) {
                    if (!isBookable(roomType, stay)) {   // only now, when a hold failed: the guest's input, not a sell-out
                        throw new InvalidInputException(List.of(new InvalidInputException.Violation("checkOut",
                                "the hotel does not sell these nights yet")));
                    }
                    throw new SoldOutException(roomType, stay);
                }
            }
        } catch (DataIntegrityViolationException overbooked) {
            throw new SoldOutException(roomType, stay);
        }
    }

    @Override
    @Transactional(propagation = Propagation.MANDATORY)
    public void releaseNights(String roomType, Stay stay) {
        jdbc.update("UPDATE room_night SET held = held - 1 WHERE room_type = ? AND night >= ? AND night < ?", roomType,
                Date.valueOf(stay.checkIn()), Date.valueOf(stay.checkOut()));
    }

    @Override
    @Transactional(propagation = Propagation.MANDATORY)
    public void changeType(UUID orderId, String roomType) {
        var held = heldFor(orderId);
        if (held.roomType().equals(roomType)) {
            return;
        }
        // the two types' rows in one order (by type code, then night) whichever way a change goes: no deadlock
        if (held.roomType().compareTo(roomType) < 0) {
            releaseNights(held.roomType(), held.stay());
            holdNights(roomType, held.stay());
        } else {
            holdNights(roomType, held.stay());
            releaseNights(held.roomType(), held.stay());
        }
        jdbc.update("UPDATE room_hold SET room_type = ? WHERE order_id = ?", roomType, orderId);
    }

    @Override
    @Transactional(propagation = Propagation.MANDATORY)
    public void takeOver(UUID orderId, String roomType) {
        var held = heldFor(orderId);
        if (held.roomType().equals(roomType)) {
            return;
        }
        releaseNights(held.roomType(), held.stay());
        jdbc.update("UPDATE room_hold SET room_type = ? WHERE order_id = ?", roomType, orderId);
    }

    private record Held(String roomType, Stay stay) {
    }

    private Held heldFor(UUID orderId) {
        var held = jdbc.query("""
                SELECT room_type, check_in, check_out FROM room_hold WHERE order_id = ? AND released_at IS NULL
                FOR UPDATE""", (rs, row) -> new Held(rs.getString(1), new Stay(rs.getDate(2).toLocalDate(),
                rs.getDate(3).toLocalDate())), orderId);
        if (held.isEmpty()) {
            throw new IllegalStateException("Order " + orderId + " holds no nights");
        }
        return held.get(0);
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
    @Transactional(propagation = Propagation.MANDATORY)
    public void releaseFrom(UUID orderId, LocalDate from) {
        var shortened = jdbc.query("""
                UPDATE room_hold SET check_out = ? FROM room_hold old
                WHERE room_hold.order_id = ? AND old.order_id = room_hold.order_id AND room_hold.released_at IS NULL
                  AND room_hold.check_out > ? AND room_hold.check_in < ?
                RETURNING room_hold.room_type, old.check_out""",
                (rs, row) -> new Object[] {rs.getString(1), rs.getDate(2)},
                Date.valueOf(from), orderId, Date.valueOf(from), Date.valueOf(from));
        for (var hold : shortened) {
            jdbc.update("UPDATE room_night SET held = held - 1 WHERE room_type = ? AND night >= ? AND night < ?",
                    hold[0], Date.valueOf(from), hold[1]);
        }
    }

    @Override
    @Transactional(propagation = Propagation.MANDATORY)
    public void change(UUID orderId, Stay to) {
        var held = jdbc.query("""
                SELECT room_type, check_in, check_out FROM room_hold WHERE order_id = ? AND released_at IS NULL
                FOR UPDATE""", (rs, row) -> new Object[] {rs.getString(1), new Stay(rs.getDate(2).toLocalDate(),
                rs.getDate(3).toLocalDate())}, orderId);
        if (held.isEmpty()) {
            throw new IllegalStateException("Order " + orderId + " holds no nights to change");
        }
        String roomType = (String) held.get(0)[0];
        Stay from = (Stay) held.get(0)[1];
        LocalDate first = from.checkIn().isBefore(to.checkIn()) ? from.checkIn() : to.checkIn();
        LocalDate last = from.checkOut().isAfter(to.checkOut()) ? from.checkOut() : to.checkOut();
        try {
            for (LocalDate night = first; night.isBefore(last); night = night.plusDays(1)) {
                boolean before = contains(from, night);
                boolean after = contains(to, night);
                if (after && !before) {
                    int updated = jdbc.update("""
                            UPDATE room_night SET held = held + 1
                            WHERE room_type = ? AND night = ? AND held < capacity""", roomType, Date.valueOf(night));
                    if (updated != 1) {
                        if (!isBookable(roomType, to)) {
                            throw new InvalidInputException(List.of(new InvalidInputException.Violation("checkOut",
                                    "the hotel does not sell these nights yet")));
                        }
                        throw new SoldOutException(roomType, to);
                    }
                } else if (before && !after) {
                    jdbc.update("UPDATE room_night SET held = held - 1 WHERE room_type = ? AND night = ?", roomType,
                            Date.valueOf(night));
                }
            }
        } catch (DataIntegrityViolationException overbooked) {
            throw new SoldOutException(roomType, to);
        }
        jdbc.update("UPDATE room_hold SET check_in = ?, check_out = ? WHERE order_id = ?", Date.valueOf(to.checkIn()),
                Date.valueOf(to.checkOut()), orderId);
    }

    @Override
    @Transactional(propagation = Propagation.MANDATORY)
    public void releaseOutside(UUID orderId, Stay stay) {
        var held = jdbc.query("""
                SELECT check_in, check_out FROM room_hold WHERE order_id = ? AND released_at IS NULL FOR UPDATE""",
                (rs, row) -> new Stay(rs.getDate(1).toLocalDate(), rs.getDate(2).toLocalDate()), orderId);
        if (held.isEmpty()) {
            return;
        }
        var from = held.get(0);
        LocalDate first = from.checkIn().isAfter(stay.checkIn()) ? from.checkIn() : stay.checkIn();
        LocalDate last = from.checkOut().isBefore(stay.checkOut()) ? from.checkOut() : stay.checkOut();
        if (first.isBefore(last)) {
            change(orderId, new Stay(first, last));
        } else {
            release(orderId);
        }
    }

    private static boolean contains(Stay stay, LocalDate night) {
        return !night.isBefore(stay.checkIn()) && night.isBefore(stay.checkOut());
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
