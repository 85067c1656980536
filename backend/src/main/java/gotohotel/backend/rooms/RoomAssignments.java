package gotohotel.backend.rooms;

import gotohotel.backend.domain.NotFoundException;
import gotohotel.shared.sync.AssignedRoom;
import java.sql.Array;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;

/**
 * The rooms stays hold: one row per room and night in room_stay_night, whose primary key (room, night) is the rule
 * that two stays never hold one room on one night (decision record 46). Every method works in the caller's
 * transaction and none is transactional itself: a refusal thrown here must not mark the caller's transaction for
 * rollback, since a desk's batch answers it and goes on with its other commands.
 */
@Service
public class RoomAssignments {

    private final JdbcTemplate jdbc;
    private final RoomRows rooms;

    RoomAssignments(JdbcTemplate jdbc, RoomRows rooms) {
        this.jdbc = jdbc;
        this.rooms = rooms;
    }

    /**
     * Makes the stay hold {@code number} on its nights from {@code from} on (its first night for an assignment, tonight
     * for a room move), replacing the rooms it held on those nights; the nights before keep their rooms, so the
     * history of which room on which night stays in the table. The new nights are inserted first, each taken only if
     * no other stay holds it (a concurrent assignment of the same room waits for the other transaction and loses if
     * that one commits); only when every night is the stay's are its other rooms on those nights let go. Nothing is
     * left changed when it is refused.
     *
     * @param upgrade true when a room of another type than the booked one may be given
     * @return false when the stay held that room on all those nights already (nothing changed)
     * @throws NotFoundException     no room has that number
     * @throws RoomRefusedException  of another type without {@code upgrade}, out of order on a night, or no nights left
     * @throws RoomTakenException    another stay holds the room on one of the nights
     */
    public boolean hold(Stay stay, LocalDate from, String number, boolean upgrade, String by, Instant now) {
        var room = rooms.byNumber(number).orElseThrow(() -> new NotFoundException("Room " + number));
        LocalDate first = from.isAfter(stay.checkIn()) ? from : stay.checkIn();
        LocalDate until = stay.checkOut();
        if (!first.isBefore(until)) {
            throw RoomRefusedException.noNightsLeft();
        }
        if (!upgrade && !room.roomType().equals(stay.roomType())) {
            throw RoomRefusedException.otherType(room.number(), room.roomType(), stay.roomType());
        }
        if (rooms.outOfOrder(room.id(), first, until)) {
            throw RoomRefusedException.outOfOrder(room.number());
        }
        int nights = (int) (until.toEpochDay() - first.toEpochDay());
        Integer held = jdbc.queryForObject("""
                SELECT count(*) FROM room_stay_night WHERE room_id = ? AND reservation_id = ? AND night >= ?
                    AND night < ?""", Integer.class, room.id(), stay.reservationId(), first, until);
        if (held != null && held == nights) {
            return false;
        }
        List<Date> inserted = jdbc.queryForList("""
                INSERT INTO room_stay_night (room_id, night, reservation_id, assigned_by, assigned_at)
                SELECT ?, night::date, ?, ?, ? FROM generate_series(?::date, ?::date - 1, interval '1 day') night
                ON CONFLICT (room_id, night) DO NOTHING
                RETURNING night""", Date.class, room.id(), stay.reservationId(), by, Timestamp.from(now), first,
                until);
        var taken = jdbc.query("""
                SELECT night, reservation_id FROM room_stay_night WHERE room_id = ? AND night >= ? AND night < ?
                    AND reservation_id <> ? ORDER BY night LIMIT 1""",
                (rows, n) -> new RoomTakenException(room.number(), rows.getDate("night").toLocalDate(),
                        rows.getObject("reservation_id", UUID.class)),
                room.id(), first, until, stay.reservationId());
        if (!taken.isEmpty()) {
            if (!inserted.isEmpty()) {
                jdbc.update("DELETE FROM room_stay_night WHERE room_id = ? AND reservation_id = ? AND night = ANY (?)",
                        room.id(), stay.reservationId(),
                        dates(inserted));
            }
            throw taken.get(0);
        }
        jdbc.update("DELETE FROM room_stay_night WHERE reservation_id = ? AND night >= ? AND night < ? AND room_id <> ?",
                stay.reservationId(), first, until, room.id());
        return true;
    }

    /** Lets go of every night the stays hold (a cancelled, rejected or no-show stay); one statement. */
    public void release(Collection<UUID> reservationIds) {
        if (!reservationIds.isEmpty()) {
            jdbc.update("DELETE FROM room_stay_night WHERE reservation_id = ANY (?)", uuids(reservationIds));
        }
    }

    /**
     * Lets go of the nights from {@code night} on: a guest who left before the stay's last night frees the room for
     * the nights they will not sleep; the nights slept keep their rows.
     */
    public void releaseFrom(Collection<UUID> reservationIds, LocalDate night) {
        if (!reservationIds.isEmpty()) {
            jdbc.update("DELETE FROM room_stay_night WHERE reservation_id = ANY (?) AND night >= ?",
                    uuids(reservationIds), Date.valueOf(night));
        }
    }

    /** The room the stay holds on that night. */
    public Optional<String> roomOn(UUID reservationId, LocalDate night) {
        return jdbc.queryForList("""
                SELECT r.number FROM room_stay_night s JOIN room r ON r.id = s.room_id
                WHERE s.reservation_id = ? AND s.night = ?""", String.class, reservationId, night).stream().findFirst();
    }

    /**
     * The rooms each stay holds, as runs of nights in night order (a stay moved once holds two runs); stays holding
     * none are absent. One query for the whole set (a feed page holds up to 1,000 reservations).
     */
    public Map<UUID, List<AssignedRoom>> of(Collection<UUID> reservationIds) {
        var held = new HashMap<UUID, List<AssignedRoom>>();
        if (reservationIds.isEmpty()) {
            return held;
        }
        jdbc.query("""
                SELECT s.reservation_id, s.night, r.number FROM room_stay_night s JOIN room r ON r.id = s.room_id
                WHERE s.reservation_id = ANY (?) ORDER BY s.reservation_id, s.night""", rows -> {
            var stay = rows.getObject("reservation_id", UUID.class);
            var night = rows.getDate("night").toLocalDate();
            var number = rows.getString("number");
            var runs = held.computeIfAbsent(stay, id -> new ArrayList<>());
            var last = runs.isEmpty() ? null : runs.get(runs.size() - 1);
            if (last != null && last.number().equals(number) && last.until().equals(night)) {
                runs.set(runs.size() - 1, new AssignedRoom(number, last.from(), night.plusDays(1)));
            } else {
                runs.add(new AssignedRoom(number, night, night.plusDays(1)));
            }
        }, uuids(reservationIds));
        return held;
    }

    private Array uuids(Collection<UUID> ids) {
        return jdbc.execute((ConnectionCallback<Array>) connection ->
                connection.createArrayOf("uuid", ids.toArray()));
    }

    private Array dates(List<Date> nights) {
        return jdbc.execute((ConnectionCallback<Array>) connection ->
                connection.createArrayOf("date", nights.toArray()));
    }
}
