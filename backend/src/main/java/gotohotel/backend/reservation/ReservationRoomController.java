package gotohotel.backend.reservation;

import io.swagger.v3.oas.annotations.Operation;
import gotohotel.backend.web.Refuses;
import gotohotel.backend.domain.InvalidInputException;
import gotohotel.backend.staff.StaffPrincipal;
import gotohotel.shared.api.ReservationView;
import gotohotel.shared.api.RoomAssignmentRequest;
import gotohotel.shared.api.RoomSuggestion;
import java.time.Clock;
import java.util.List;
import java.util.UUID;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestAttribute;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The room a reservation's stay holds: the rooms the desk may give it, and giving one (or moving the guest). */
@RestController
@RequestMapping("/api/staff/reservations/{id}")
class ReservationRoomController {

    private final StayRooms rooms;
    private final Clock clock;

    ReservationRoomController(StayRooms rooms, Clock clock) {
        this.rooms = rooms;
        this.clock = clock;
    }

    /** Free rooms for the stay's nights still ahead, best first (the booked type first, then upgrades). */
    @GetMapping("/room-suggestions")
    @Operation(operationId = "suggestRooms", summary = "Rooms free for the stay, best first")
    @Refuses("not-found")
    List<RoomSuggestion> suggestions(@PathVariable UUID id) {
        return rooms.suggestionsFor(id);
    }

    /**
     * Before arrival: the room for every night of the stay (replacing an earlier assignment); in house: a move from
     * tonight on. 409 {@code room-taken} names the other stay's guest.
     */
    @PutMapping("/room")
    @Operation(operationId = "assignRoom", summary = "Give the stay a room (or move a guest in house)")
    @Refuses({"not-found", "room-taken", "room-out-of-order", "room-upgrade-not-requested", "room-needed-by-its-type",
            "room-stay-over", "illegal-transition", "concurrent-change"})
    ReservationView assign(@PathVariable UUID id, @RequestBody(required = false) RoomAssignmentRequest request,
                           @RequestAttribute(StaffPrincipal.ATTRIBUTE) StaffPrincipal staff) {
        String room = request == null || request.room() == null ? "" : request.room().strip();
        if (room.isEmpty() || room.length() > RoomDecisions.MAX_ROOM_NUMBER || room.chars().anyMatch(Character::isISOControl)) {
            throw new InvalidInputException("room", "is required (a room number, at most "
                    + RoomDecisions.MAX_ROOM_NUMBER + " characters)");
        }
        if (request.expectedVersion() != null && request.expectedVersion() < 0) {
            throw new InvalidInputException("expectedVersion", "must be 0 or more");
        }
        return rooms.assign(id, new RoomAssignmentRequest(room, request.upgrade(), request.expectedVersion()),
                Actor.staff(staff.username(), staff.displayName(), clock.instant()));
    }
}
