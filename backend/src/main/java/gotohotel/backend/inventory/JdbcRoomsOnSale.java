package gotohotel.backend.inventory;

import gotohotel.backend.reports.RoomsOnSale;
import java.sql.Date;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Rooms on sale per night for the reports: each type's {@code room_night.capacity} (rooms out of order taken off), or
 * its {@code total_rooms} for a night the sales calendar never opened (before the first start, beyond the horizon).
 */
@Component
class JdbcRoomsOnSale implements RoomsOnSale {

    private final JdbcTemplate jdbc;

    JdbcRoomsOnSale(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    @Transactional(readOnly = true)
    public Map<LocalDate, Integer> between(LocalDate from, LocalDate until) {
        var capacities = new HashMap<String, Map<LocalDate, Integer>>();
        var totals = new HashMap<String, Integer>();
        jdbc.query("""
                SELECT t.code, t.total_rooms, n.night, n.capacity FROM room_type t
                LEFT JOIN room_night n ON n.room_type = t.code AND n.night >= ? AND n.night < ?""", row -> {
            String type = row.getString("code");
            totals.put(type, row.getInt("total_rooms"));
            Date night = row.getDate("night");
            if (night != null) {
                capacities.computeIfAbsent(type, t -> new HashMap<>()).put(night.toLocalDate(), row.getInt("capacity"));
            }
        }, Date.valueOf(from), Date.valueOf(until));
        var rooms = new TreeMap<LocalDate, Integer>();
        for (LocalDate night = from; night.isBefore(until); night = night.plusDays(1)) {
            int onSale = 0;
            for (var type : totals.entrySet()) {
                onSale += capacities.getOrDefault(type.getKey(), Map.of()).getOrDefault(night, type.getValue());
            }
            rooms.put(night, onSale);
        }
        return rooms;
    }

    @Override
    @Transactional(readOnly = true)
    public String currency() {
        return jdbc.queryForObject("SELECT MIN(currency) FROM room_type", String.class);
    }
}
