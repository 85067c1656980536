package gotohotel.desk.store;

import gotohotel.shared.sync.ChangesPage;
import gotohotel.shared.sync.CommandOutcome;
import gotohotel.shared.sync.CommandResult;
import gotohotel.shared.sync.ReservationSnapshot;
import gotohotel.shared.sync.RoomSnapshot;
import gotohotel.shared.sync.SyncCommand;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.OptionalLong;
import java.util.Set;
import java.util.UUID;

/**
 * What the server says, written in the caller's transaction: its answers to sent commands and pages of its changes
 * feed. Its snapshot becomes a row's base, and this desk's queued decisions are re-applied on top.
 */
final class ServerChanges {

    private ServerChanges() {
    }

    /**
     * @param touched gets the reservations whose rows changed
     * @param rooms   gets the rooms whose rows or stays changed
     * @return how many new conflicts were recorded
     */
    static int recordAnswers(Sqlite tx, List<CommandResult> results, Instant now, Set<UUID> touched,
                             Set<String> rooms) throws SQLException {
        int conflicts = 0;
        long acknowledged = 0;
        for (var result : results) {
            acknowledged = Math.max(acknowledged, result.seq());
            var command = CommandRows.find(tx, result.commandId());
            if (command.isEmpty()) {
                continue;   // answered before (a repeated answer changes nothing)
            }
            CommandRows.remove(tx, result.commandId());
            if (command.get().reservationId() == null) {
                conflicts += roomAnswer(tx, command.get(), result, now, rooms);
                continue;
            }
            touched.add(command.get().reservationId());
            var cached = ReservationRows.find(tx, command.get().reservationId());
            if (result.reservation() != null && (cached.isEmpty()
                    || result.reservation().version() >= cached.get().server().version())) {
                ReservationRows.put(tx, result.reservation());
            }
            if (refused(result)) {
                String guest = result.reservation() != null ? result.reservation().guestName()
                        : cached.map(r -> r.server().guestName()).orElse(null);
                ConflictRows.add(tx, command.get(), result, guest, now);
                conflicts++;
            }
            rebase(tx, command.get().reservationId());
            if (command.get().room() != null) {
                rooms.add(command.get().room());
            }
        }
        StateRow.acknowledged(tx, acknowledged, now);
        return conflicts;
    }

    /** A SET_HOUSEKEEPING answered: the room's snapshot as the base, and a refusal kept as a conflict. */
    private static int roomAnswer(Sqlite tx, SyncCommand command, CommandResult result, Instant now,
                                  Set<String> rooms) throws SQLException {
        if (result.room() != null) {
            RoomRows.putIfNewer(tx, result.room());
            rooms.add(result.room().number());
        }
        RoomRows.rebase(tx, command.room());
        rooms.add(command.room());
        if (refused(result)) {
            ConflictRows.add(tx, command, result, null, now);
            return 1;
        }
        return 0;
    }

    private static boolean refused(CommandResult result) {
        return result.outcome() == CommandOutcome.CONFLICT || result.outcome() == CommandOutcome.REJECTED;
    }

    /**
     * @param touched gets the reservations whose rows changed
     * @param rooms   gets the rooms whose rows changed
     * @return when this page completes a full download: how many bookings it changed on this desk
     */
    static OptionalLong applyDownload(Sqlite tx, String requestedCursor, ChangesPage page, Instant now,
                                      Set<UUID> touched, Set<String> rooms) throws SQLException {
        var position = StateRow.read(tx);
        boolean current = Objects.equals(requestedCursor, position.cursor());
        boolean serverWins = current && position.fullResync();
        long differed = 0;
        for (ReservationSnapshot snapshot : page.changes()) {
            var cached = ReservationRows.find(tx, snapshot.reservationId());
            if (cached.isEmpty() || serverWins || snapshot.version() > cached.get().server().version()) {
                if (cached.isEmpty() || cached.get().server().version() != snapshot.version()
                        || !cached.get().server().status().equals(snapshot.status())) {
                    differed++;
                }
                ReservationRows.put(tx, snapshot);
                rebase(tx, snapshot.reservationId());
                touched.add(snapshot.reservationId());
            }
        }
        for (RoomSnapshot room : page.rooms()) {
            if (serverWins ? RoomRows.put(tx, room) : RoomRows.putIfNewer(tx, room)) {
                rooms.add(room.number());
            }
        }
        if (!current) {
            return OptionalLong.empty();
        }
        StateRow.downloaded(tx, page.nextCursor(), !page.hasMore(), now);
        return serverWins ? ResyncCount.add(tx, differed, !page.hasMore()) : OptionalLong.empty();
    }

    /** Everything is downloaded again, the server's snapshots winning until that is complete; the queue stays. */
    static void resyncFeed(Sqlite tx) throws SQLException {
        StateRow.resyncFeed(tx);
        ResyncCount.start(tx);
    }

    /** The queue numbered again from the seq after the server's last, and everything downloaded again. */
    static void restartFrom(Sqlite tx, long serverLastSeq) throws SQLException {
        long next = CommandRows.renumberFrom(tx, serverLastSeq + 1);
        StateRow.restartFrom(tx, serverLastSeq, next);
    }

    /**
     * Shows the server's status and rooms with this reservation's queued decisions and room commands re-applied on
     * top, in seq order.
     */
    private static void rebase(Sqlite tx, UUID reservationId) throws SQLException {
        var cached = ReservationRows.find(tx, reservationId);
        if (cached.isEmpty()) {
            return;
        }
        String status = cached.get().server().status();
        for (var command : CommandRows.of(tx, reservationId)) {
            status = Transitions.after(status, command.type()).orElse(status);
        }
        ReservationRows.showLocally(tx, reservationId, status);
        StayRooms.rebase(tx, reservationId);
    }
}
