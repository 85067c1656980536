package gotohotel.backend.inventory;

import java.sql.Array;
import java.sql.Date;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeSet;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Rooms on sale by deltas on {@code room_type.total_rooms} and {@code room_night.capacity}; the nights are locked
 * (ascending, like a hold) before they are checked, so a concurrent hold waits and then sees the new capacity, and
 * the check constraint on {@code room_night} stays the last word.
 */
@Service
class JdbcSellableRooms implements SellableRooms {

    private final JdbcTemplate jdbc;
    private final JdbcInventory inventory;

    JdbcSellableRooms(JdbcTemplate jdbc, JdbcInventory inventory) {
        this.jdbc = jdbc;
        this.inventory = inventory;
    }

    @Override
    @Transactional(propagation = Propagation.MANDATORY)
    public List<LocalDate> changeRooms(String roomType, int delta, LocalDate from) {
        jdbc.queryForList("SELECT code FROM room_type WHERE code = ? FOR UPDATE", roomType);
        var shortOf = shortNights(roomType, delta, from, null);
        if (!shortOf.isEmpty()) {
            return shortOf;
        }
        jdbc.update("UPDATE room_type SET total_rooms = total_rooms + ? WHERE code = ?", delta, roomType);
        jdbc.update("UPDATE room_night SET capacity = capacity + ? WHERE room_type = ? AND night >= ?", delta, roomType,
                Date.valueOf(from));
        inventory.forgetRoomTypes();
        return List.of();
    }

    @Override
    @Transactional(propagation = Propagation.MANDATORY)
    public int lockTotalRooms(String roomType) {
        return jdbc.queryForObject("SELECT total_rooms FROM room_type WHERE code = ? FOR UPDATE", Integer.class,
                roomType);
    }

    @Override
    @Transactional(propagation = Propagation.MANDATORY)
    public List<LocalDate> takeOffSale(String roomType, LocalDate from, LocalDate until) {
        var shortOf = shortNights(roomType, -1, from, until);
        if (!shortOf.isEmpty()) {
            return shortOf;
        }
        jdbc.update("UPDATE room_night SET capacity = capacity - 1 WHERE room_type = ? AND night >= ? AND night < ?",
                roomType, Date.valueOf(from), Date.valueOf(until));
        return List.of();
    }

    @Override
    @Transactional(propagation = Propagation.MANDATORY)
    public void putOnSale(String roomType, LocalDate from, LocalDate until) {
        jdbc.update("UPDATE room_night SET capacity = capacity + 1 WHERE room_type = ? AND night >= ? AND night < ?",
                roomType, Date.valueOf(from), Date.valueOf(until));
    }

    @Override
    @Transactional(propagation = Propagation.MANDATORY)
    public List<LocalDate> takeOffSale(String roomType, Collection<LocalDate> nights) {
        if (nights.isEmpty()) {
            return List.of();
        }
        var onSale = new HashSet<LocalDate>();
        var shortOf = new TreeSet<LocalDate>();
        jdbc.query("""
                SELECT night, capacity, held FROM room_night WHERE room_type = ? AND night = ANY (?)
                ORDER BY night FOR UPDATE""", (RowCallbackHandler) row -> {
            var night = row.getDate("night").toLocalDate();
            onSale.add(night);
            if (row.getInt("capacity") - 1 < row.getInt("held")) {
                shortOf.add(night);
            }
        }, roomType, dates(nights));
        // a night the type does not sell yet has no count to take the room from: when its sales calendar opens the
        // night with every room of the type, this room would be sold a second time
        nights.stream().filter(night -> !onSale.contains(night)).forEach(shortOf::add);
        if (!shortOf.isEmpty()) {
            return List.copyOf(shortOf);
        }
        jdbc.update("UPDATE room_night SET capacity = capacity - 1 WHERE room_type = ? AND night = ANY (?)", roomType,
                dates(nights));
        return List.of();
    }

    @Override
    @Transactional(propagation = Propagation.MANDATORY)
    public void putOnSale(String roomType, Collection<LocalDate> nights) {
        if (!nights.isEmpty()) {
            jdbc.update("UPDATE room_night SET capacity = capacity + 1 WHERE room_type = ? AND night = ANY (?)",
                    roomType, dates(nights));
        }
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<LocalDate> lastNightOnSale(String roomType) {
        var last = jdbc.queryForObject("SELECT MAX(night) FROM room_night WHERE room_type = ?", Date.class, roomType);
        return Optional.ofNullable(last).map(Date::toLocalDate);
    }

    private Array dates(Collection<LocalDate> nights) {
        return jdbc.execute((ConnectionCallback<Array>) connection ->
                connection.createArrayOf("date", nights.stream().map(Date::valueOf).toArray()));
    }

    /**
     * Locks the nights from {@code from} (to {@code until}, or all on sale) in ascending order and returns those
     * where {@code delta} rooms would leave fewer rooms than stays held.
     */
    private List<LocalDate> shortNights(String roomType, int delta, LocalDate from, LocalDate until) {
        var nights = jdbc.query("""
                SELECT night, capacity, held FROM room_night WHERE room_type = ? AND night >= ? AND night < ?
                ORDER BY night FOR UPDATE""", (row, n) -> row.getInt("capacity") + delta < row.getInt("held")
                        ? row.getDate("night").toLocalDate() : null,
                roomType, Date.valueOf(from), Date.valueOf(until == null ? LocalDate.of(9999, 12, 31) : until));
        return nights.stream().filter(Objects::nonNull).toList();
    }
}
