package gotohotel.backend.rooms;

import gotohotel.backend.domain.NotFoundException;
import gotohotel.backend.inventory.SellableRooms;
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
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.stereotype.Service;

/**
 * The rooms stays hold: one row per room and night in room_stay_night, whose primary key (room, night) is the rule
 * that two stays never hold one room on one night (decision record 46). Every method works in the caller's
 * transaction and none is transactional itself: a refusal thrown here must not mark the caller's transaction for
 * rollback, since a desk's batch answers it and goes on with its other commands.
 */
@Service
public class RoomAssignments {

    private static final RowMapper<Map.Entry<String, LocalDate>> OFF_SALE = (rows, n) ->
            Map.entry(rows.getString("room_type"), rows.getDate("night").toLocalDate());
    private static final RowMapper<Map.Entry<String, LocalDate>> OFF_SALE_OR_NOT = (rows, n) ->
            rows.getBoolean("off_sale") ? OFF_SALE.mapRow(rows, n) : null;

    private final JdbcTemplate jdbc;
    private final RoomRows rooms;
    private final SellableRooms sellable;

    RoomAssignments(JdbcTemplate jdbc, RoomRows rooms, SellableRooms sellable) {
        this.jdbc = jdbc;
        this.rooms = rooms;
        this.sellable = sellable;
    }

    /**
     * Makes the stay hold {@code number} on its nights from {@code from} on (its first night for an assignment, tonight
     * for a room move), replacing the rooms it held on those nights; the nights before keep their rooms, so the
     * history of which room on which night stays in the table. The new nights are inserted first, each taken only if
     * no other stay holds it (a concurrent assignment of the same room waits for the other transaction and loses if
     * that one commits); only when every night is the stay's are its other rooms on those nights let go. A room of
     * another type than the booked one (an upgrade) is taken off its type's sale on the nights newly held, in the
     * same transaction, and refused when that type's bookings need every room left; the nights let go of such a room
     * are put back on sale. Nothing is left changed when it is refused.
     *
     * @param upgrade true when a room of another type than the booked one may be given
     * @return false when the stay held that room on all those nights already (nothing changed)
     * @throws NotFoundException     no room has that number
     * @throws RoomRefusedException  of another type without {@code upgrade}, out of order on a night, no nights left,
     *                               or an upgrade to a type whose own bookings need every room left on a night
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
        boolean otherType = !room.roomType().equals(stay.roomType());
        List<LocalDate> inserted = jdbc.queryForList("""
                INSERT INTO room_stay_night (room_id, night, reservation_id, assigned_by, assigned_at, off_sale)
                SELECT ?, night::date, ?, ?, ?, ? FROM generate_series(?::date, ?::date - 1, interval '1 day') night
                ON CONFLICT (room_id, night) DO NOTHING
                RETURNING night""", Date.class, room.id(), stay.reservationId(), by, Timestamp.from(now), otherType,
                first, until).stream().map(Date::toLocalDate).toList();
        var taken = jdbc.query("""
                SELECT night, reservation_id FROM room_stay_night WHERE room_id = ? AND night >= ? AND night < ?
                    AND reservation_id <> ? ORDER BY night LIMIT 1""",
                (rows, n) -> new RoomTakenException(room.number(), rows.getDate("night").toLocalDate(),
                        rows.getObject("reservation_id", UUID.class)),
                room.id(), first, until, stay.reservationId());
        if (!taken.isEmpty()) {
            forget(room.id(), stay.reservationId(), inserted);
            throw taken.get(0);
        }
        var offSale = offSale(jdbc.query("""
                SELECT r.room_type, s.night FROM room_stay_night s JOIN room r ON r.id = s.room_id
                WHERE s.reservation_id = ? AND s.night >= ? AND s.night < ? AND s.room_id <> ? AND s.off_sale""",
                OFF_SALE, stay.reservationId(), first, until, room.id()));
        if (otherType) {
            var alreadyOff = offSale.getOrDefault(room.roomType(), Set.of());
            var newlyOff = inserted.stream().filter(night -> !alreadyOff.contains(night)).toList();
            var shortOf = sellable.takeOffSale(room.roomType(), newlyOff);
            if (!shortOf.isEmpty()) {
                forget(room.id(), stay.reservationId(), inserted);
                throw RoomRefusedException.neededByItsType(room.number(), room.roomType(), shortOf);
            }
            offSale.computeIfPresent(room.roomType(), (type, letGo) -> {
                letGo.removeAll(inserted);
                return letGo;
            });
        }
        jdbc.update("DELETE FROM room_stay_night WHERE reservation_id = ? AND night >= ? AND night < ? AND room_id <> ?",
                stay.reservationId(), first, until, room.id());
        offSale.forEach(sellable::putOnSale);
        return true;
    }

    /** Lets go of every night the stays hold (a cancelled, rejected or no-show stay); one statement. */
    public void release(Collection<UUID> reservationIds) {
        if (!reservationIds.isEmpty()) {
            offSale(jdbc.query("""
                    DELETE FROM room_stay_night s USING room r WHERE r.id = s.room_id AND s.reservation_id = ANY (?)
                    RETURNING r.room_type, s.night, s.off_sale""", OFF_SALE_OR_NOT, uuids(reservationIds)))
                    .forEach(sellable::putOnSale);
        }
    }

    /**
     * Lets go of the nights from {@code night} on: a guest who left before the stay's last night frees the room for
     * the nights they will not sleep; the nights slept keep their rows.
     */
    public void releaseFrom(Collection<UUID> reservationIds, LocalDate night) {
        if (!reservationIds.isEmpty()) {
            offSale(jdbc.query("""
                    DELETE FROM room_stay_night s USING room r WHERE r.id = s.room_id AND s.reservation_id = ANY (?)
                        AND s.night >= ?
                    RETURNING r.room_type, s.night, s.off_sale""", OFF_SALE_OR_NOT, uuids(reservationIds),
                    Date.valueOf(night))).forEach(sellable::putOnSale);
        }
    }

    /**
     * Lets go of the stay's nights before {@code from} and from {@code until} on: a stay shortened (decision record 52)
     * frees its room for the nights dropped, in the caller's transaction; nights an upgrade took off its room's sale go
     * back on sale.
     */
    public void keepWithin(UUID reservationId, LocalDate from, LocalDate until) {
        offSale(jdbc.query("""
                DELETE FROM room_stay_night s USING room r WHERE r.id = s.room_id AND s.reservation_id = ?
                    AND (s.night < ? OR s.night >= ?)
                RETURNING r.room_type, s.night, s.off_sale""", OFF_SALE_OR_NOT, reservationId, Date.valueOf(from),
                Date.valueOf(until))).forEach(sellable::putOnSale);
    }

    private void forget(UUID roomId, UUID reservationId, List<LocalDate> inserted) {
        if (!inserted.isEmpty()) {
            jdbc.update("DELETE FROM room_stay_night WHERE room_id = ? AND reservation_id = ? AND night = ANY (?)",
                    roomId, reservationId, dates(inserted));
        }
    }

    /** The nights (by the room's type) that an upgraded stay took off sale, from rows of (type, night[, off_sale]). */
    private static Map<String, Set<LocalDate>> offSale(List<Map.Entry<String, LocalDate>> rows) {
        var byType = new HashMap<String, Set<LocalDate>>();
        rows.stream().filter(Objects::nonNull)
                .forEach(row -> byType.computeIfAbsent(row.getKey(), type -> new TreeSet<>()).add(row.getValue()));
        return byType;
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

    private Array dates(List<LocalDate> nights) {
        return jdbc.execute((ConnectionCallback<Array>) connection ->
                connection.createArrayOf("date", nights.stream().map(Date::valueOf).toArray()));
    }
}
