package gotohotel.backend.rooms;

import gotohotel.shared.api.RoomView;
import gotohotel.shared.sync.RoomSnapshot;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
class JdbcRoomFeed implements RoomFeed {

    private final JdbcTemplate jdbc;
    private final RoomRepository rooms;
    private final Clock clock;
    private final ZoneId hotelZone;

    JdbcRoomFeed(JdbcTemplate jdbc, RoomRepository rooms, Clock clock,
                 @Value("${gotohotel.ordering.hotel-zone}") ZoneId hotelZone) {
        this.jdbc = jdbc;
        this.rooms = rooms;
        this.clock = clock;
        this.hotelZone = hotelZone;
    }

    @Override
    @Transactional(readOnly = true)
    public List<Entry> after(long position, int limit) {
        var changed = jdbc.query("""
                SELECT change_position, id, number, room_type, housekeeping, out_of_service, version, updated_by,
                    updated_at, housekeeping_at
                FROM room WHERE change_position > ? ORDER BY change_position LIMIT ?""",
                (row, n) -> new Positioned(row.getLong("change_position"), RoomRepository.room(row, n)), position,
                limit);
        var outOfOrder = rooms.outOfOrder(changed.stream().map(c -> c.room().id()).toList(),
                LocalDate.now(clock.withZone(hotelZone)));
        return changed.stream().map(c -> new Entry(c.position(),
                snapshot(c.room(), outOfOrder.getOrDefault(c.room().id(), List.of())))).toList();
    }

    @Override
    @Transactional(readOnly = true)
    public Spot spot(long position, UUID id, long version, long updatedAtMillis) {
        var rows = jdbc.query("""
                SELECT id, version, updated_at, change_position FROM room WHERE change_position = ? OR id = ?""",
                (row, n) -> new Row(row.getObject("id", UUID.class), row.getLong("version"),
                        row.getTimestamp("updated_at").toInstant().toEpochMilli(), row.getLong("change_position")),
                position, id);
        var atPosition = rows.stream().filter(row -> row.position() == position).findFirst();
        if (atPosition.isPresent()) {
            var there = atPosition.get();
            return new Spot(true, there.id().equals(id) && there.version() == version
                    && there.updatedAtMillis() == updatedAtMillis);
        }
        return new Spot(false, rows.stream().anyMatch(row -> row.id().equals(id) && row.position() > position
                && row.version() > version));
    }

    static RoomSnapshot snapshot(Room room, List<RoomView.OutOfOrder> outOfOrder) {
        return new RoomSnapshot(room.id(), room.number(), room.roomType(), room.housekeeping(), room.outOfService(),
                outOfOrder, room.version(), room.updatedAt(), room.updatedBy());
    }

    private record Positioned(long position, Room room) {
    }

    private record Row(UUID id, long version, long updatedAtMillis, long position) {
    }
}
