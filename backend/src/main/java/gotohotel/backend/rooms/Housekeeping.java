package gotohotel.backend.rooms;

import gotohotel.backend.domain.DomainRuleException;
import gotohotel.backend.domain.IllegalTransitionException;
import gotohotel.backend.domain.InvalidInputException;
import gotohotel.backend.domain.NotFoundException;
import gotohotel.backend.domain.NotPermittedException;
import gotohotel.backend.staff.StaffPrincipal;
import gotohotel.shared.api.HousekeepingStatus;
import gotohotel.shared.api.RoomView;
import gotohotel.shared.api.StaffRole;
import gotohotel.shared.sync.RoomSnapshot;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Where each room stands with housekeeping. Everyone on the staff marks a room clean or dirty; only a manager (the
 * supervisor) marks a clean room inspected. Not money: from a desk the last writer wins, whatever version the desk
 * saw; online, a version given is checked (the person can look again at once).
 */
@Service
public class Housekeeping {

    private final RoomRepository rooms;
    private final Rooms management;
    private final Clock clock;

    Housekeeping(RoomRepository rooms, Rooms management, Clock clock) {
        this.rooms = rooms;
        this.management = management;
        this.clock = clock;
    }

    /** What became of a desk's housekeeping change: applied or not, the room as it stands, and a sentence. */
    public record DeskResult(boolean applied, RoomSnapshot room, String message) {
    }

    /**
     * A housekeeping change made at a desk (possibly offline), applied in the caller's transaction (the desk's
     * batch) as made by {@code staff} with {@code role}.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public DeskResult setAtDesk(String number, HousekeepingStatus status, StaffRole role, String staff) {
        var found = number == null ? Optional.<Room>empty() : rooms.lock(number);
        if (found.isEmpty()) {
            return new DeskResult(false, null, "Not applied: the hotel has no room " + number + ".");
        }
        var room = found.get();
        if (status == null) {
            return new DeskResult(false, snapshot(room), "Not applied: no housekeeping status was given.");
        }
        if (!mayMark(role, status)) {
            return new DeskResult(false, snapshot(room), "Not applied: only a manager may mark a room inspected.");
        }
        try {
            room.markHousekeeping(status, staff, clock.instant());
        } catch (IllegalTransitionException notClean) {
            return new DeskResult(false, snapshot(room), "Not applied: room " + number + " is "
                    + Room.words(room.housekeeping()) + "; only a clean room can be inspected.");
        }
        rooms.update(room);
        return new DeskResult(true, snapshot(room), "Done: room " + room.number() + " is "
                + Room.words(room.housekeeping()) + ".");
    }

    /**
     * @throws NotPermittedException     {@code manager-only} for INSPECTED by anyone else
     * @throws DomainRuleException       {@code concurrent-change} when {@code expectedVersion} is not the room's
     * @throws IllegalTransitionException INSPECTED from anything but CLEAN
     */
    @Transactional
    RoomView set(String number, HousekeepingStatus status, Long expectedVersion, StaffPrincipal by) {
        if (status == null) {
            throw new InvalidInputException("status", "must be CLEAN, DIRTY or INSPECTED");
        }
        if (!mayMark(by.role(), status)) {
            Rooms.requireManager(by, "mark a room inspected");
        }
        var room = rooms.lock(number).orElseThrow(() -> new NotFoundException("Room " + number));
        if (expectedVersion != null && expectedVersion != room.version()) {
            throw new DomainRuleException("concurrent-change", "Conflict", "Room " + number + " changed since you saw"
                    + " it (version " + room.version() + ", you saw " + expectedVersion + "): look at it again.");
        }
        room.markHousekeeping(status, by.username(), clock.instant());
        rooms.update(room);
        return Rooms.view(room, rooms.outOfOrder(List.of(room.id()), management.today())
                .getOrDefault(room.id(), List.of()));
    }

    /**
     * The guest of {@code reservation} checked out at {@code checkedOutAt}: the room the stay held on its last night
     * becomes dirty — or, for a guest who left on the day they arrived (their nights let go at check-out), the room
     * the check-out names — unless housekeeping changed it since (a cleaning recorded before this late news stands).
     *
     * @param leftRoom the room the check-out names (null in older events)
     * @return whether a room was made dirty now
     */
    @Transactional(propagation = Propagation.MANDATORY)
    boolean checkedOut(java.util.UUID reservation, String leftRoom, Instant checkedOutAt) {
        var lastNight = rooms.roomOfLastNight(reservation);
        var room = lastNight.isPresent() ? lastNight.flatMap(rooms::lock)
                : Optional.ofNullable(leftRoom).flatMap(rooms::lock);
        if (room.isEmpty() || room.get().housekeeping() == HousekeepingStatus.DIRTY
                || room.get().housekeepingAt() != null && room.get().housekeepingAt().isAfter(checkedOutAt)) {
            return false;
        }
        room.get().markHousekeeping(HousekeepingStatus.DIRTY, "check-out", clock.instant());
        rooms.update(room.get());
        return true;
    }

    private static boolean mayMark(StaffRole role, HousekeepingStatus status) {
        return status != HousekeepingStatus.INSPECTED || role == StaffRole.MANAGER;
    }

    private RoomSnapshot snapshot(Room room) {
        return JdbcRoomFeed.snapshot(room, rooms.outOfOrder(List.of(room.id()), management.today())
                .getOrDefault(room.id(), List.of()));
    }
}
