package gotohotel.backend.reservation;

import gotohotel.backend.inventory.Inventory;
import gotohotel.backend.rooms.RoomAssignments;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Records, at the end of a transaction that changed reservations, what the front desk needs to follow:
 * a history line per change and the reservations' new positions in the changes feed. Positions come from
 * the single counter row, locked until the transaction commits, so they become visible in order and a
 * reader of the feed can never pass a position that a slower transaction commits later (decision
 * record 7). A stay that ended lets go of its room's nights here too. The counter is taken once per transaction,
 * just before it commits, after every reservation
 * row it writes: a writer holding the counter never waits for a row, so writers cannot deadlock on it and
 * hold it only for their commit. A notification wakes waiting feed readers on commit.
 */
@Component
class ReservationChanges {

    private static final Object PENDING = new Object();

    private final JdbcTemplate jdbc;
    private final RoomAssignments rooms;
    private final Inventory inventory;
    private final Clock clock;
    private final ZoneId hotelZone;

    ReservationChanges(JdbcTemplate jdbc, RoomAssignments rooms, Inventory inventory, Clock clock,
                       @Value("${gotohotel.ordering.hotel-zone}") ZoneId hotelZone) {
        this.jdbc = jdbc;
        this.rooms = rooms;
        this.inventory = inventory;
        this.clock = clock;
        this.hotelZone = hotelZone;
    }

    /** Notes changed (and flushed) reservations; their history and positions are written before commit. */
    @Transactional(propagation = Propagation.MANDATORY)
    void record(Collection<Reservation> changed) {
        if (changed.isEmpty()) {
            return;
        }
        @SuppressWarnings("unchecked")
        var pending = (Set<Reservation>) TransactionSynchronizationManager.getResource(PENDING);
        if (pending == null) {
            var collected = Collections.newSetFromMap(new IdentityHashMap<Reservation, Boolean>());
            TransactionSynchronizationManager.bindResource(PENDING, collected);
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void beforeCommit(boolean readOnly) {
                    write(collected);
                }

                @Override
                public void afterCompletion(int status) {
                    TransactionSynchronizationManager.unbindResourceIfPossible(PENDING);
                }
            });
            pending = collected;
        }
        pending.addAll(changed);
    }

    private void write(Set<Reservation> changed) {
        writeHistory(changed.stream().flatMap(reservation -> reservation.takeHistory().stream()).toList());
        releaseRooms(changed);
        releaseNightsNotSlept(changed);
        List<UUID> ids = changed.stream().map(Reservation::id).distinct().toList();
        Long last = jdbc.queryForObject("""
                UPDATE reservation_change_counter SET last_position = last_position + ? WHERE id = 1
                RETURNING last_position""", Long.class, ids.size());
        long position = last - ids.size();
        var stamps = new ArrayList<Object[]>(ids.size());
        for (UUID id : ids) {
            stamps.add(new Object[] {++position, id});
        }
        jdbc.batchUpdate("UPDATE reservation SET change_position = ? WHERE id = ?", stamps);
        jdbc.queryForList("SELECT pg_notify(?, '')", ReservationFeed.COMMIT_CHANNEL);
    }

    /**
     * A stay cancelled, rejected or marked a no-show lets go of its room's nights in the transaction that ended it,
     * whichever path ended it (the guest, the order's event, a desk, the staff API, the night audit): one statement
     * for the stays that held a room.
     * A stay checked out keeps the rows of the nights slept, the history of who slept where (decision record 46); a
     * guest who leaves early lets go of the nights from today on, so the room can be given to someone else.
     */
    private void releaseRooms(Set<Reservation> changed) {
        var ended = changed.stream().filter(reservation -> reservation.room() != null)
                .filter(reservation -> reservation.status() == ReservationStatus.CANCELLED
                        || reservation.status() == ReservationStatus.REJECTED
                        || reservation.status() == ReservationStatus.NO_SHOW)
                .map(Reservation::id).distinct().toList();
        rooms.release(ended);
        var left = changed.stream().filter(reservation -> reservation.room() != null)
                .filter(reservation -> reservation.status() == ReservationStatus.CHECKED_OUT)
                .map(Reservation::id).distinct().toList();
        rooms.releaseFrom(left, LocalDate.now(clock.withZone(hotelZone)));
    }

    /**
     * A guest who checks out before the stay's last night gives its type's nights from today on back for sale, in the
     * check-out's transaction, whichever path checked them out (a desk, the staff API): before this the room was freed
     * and the type's inventory stayed held, so the nights could never be sold again (decision record 52). The money is
     * not touched: a stay shortened with a refund is a stay change, made before the check-out.
     */
    private void releaseNightsNotSlept(Set<Reservation> changed) {
        var today = LocalDate.now(clock.withZone(hotelZone));
        changed.stream().filter(reservation -> reservation.status() == ReservationStatus.CHECKED_OUT)
                .filter(reservation -> today.isBefore(reservation.booking().checkOut()))
                .forEach(reservation -> {
                    if (today.isAfter(reservation.booking().checkIn())) {
                        inventory.releaseFrom(reservation.orderId(), today);
                    } else {
                        inventory.release(reservation.orderId());
                    }
                });
    }

    private void writeHistory(List<HistoryLine> lines) {
        if (lines.isEmpty()) {
            return;
        }
        jdbc.batchUpdate("""
                INSERT INTO reservation_history (reservation_id, version, status, action, staff, account, client_id,
                    reason, decided_at, applied_at, staff_name, desk_name)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                ON CONFLICT (reservation_id, version) DO NOTHING""",
                lines.stream().map(line -> new Object[] {line.reservationId(), line.version(), line.status().name(),
                        line.action(), line.actor().staff(), line.actor().account(), line.actor().clientId(),
                        line.reason(), Timestamp.from(line.actor().decidedAt()), Timestamp.from(line.appliedAt()),
                        line.actor().staffName(), line.actor().deskName()})
                        .toList());
    }
}
