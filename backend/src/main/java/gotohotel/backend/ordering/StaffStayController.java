package gotohotel.backend.ordering;

import io.swagger.v3.oas.annotations.Operation;
import gotohotel.backend.web.Refuses;
import gotohotel.backend.reservation.Actor;
import gotohotel.backend.staff.StaffPrincipal;
import gotohotel.shared.api.ReservationView;
import gotohotel.shared.api.RoomTypeChangeRequest;
import gotohotel.shared.api.StayChangeRequest;
import java.time.Clock;
import java.util.UUID;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestAttribute;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * The staff change a reservation's dates or its room type (decision record 52). Here, not in the reservation context, because the
 * change settles the order's money and inventory, which ordering owns; the reservation decides under its row lock.
 */
@RestController
class StaffStayController {

    private final StayChanges stayChanges;
    private final RoomTypeChanges roomTypeChanges;
    private final Clock clock;

    StaffStayController(StayChanges stayChanges, RoomTypeChanges roomTypeChanges, Clock clock) {
        this.stayChanges = stayChanges;
        this.roomTypeChanges = roomTypeChanges;
        this.clock = clock;
    }

    @PutMapping("/api/staff/reservations/{id}/stay")
    @Operation(operationId = "changeStay", summary = "Change a stay's dates (decision record 52)")
    @Refuses({"not-found", "stay-change-refused", "sold-out", "room-taken", "payment-declined", "payment-unavailable",
            "concurrent-change"})
    ReservationView changeStay(@PathVariable UUID id, @RequestBody(required = false) StayChangeRequest request,
                               @RequestAttribute(StaffPrincipal.ATTRIBUTE) StaffPrincipal staff) {
        return stayChanges.byStaff(id, request,
                Actor.staff(staff.username(), staff.displayName(), clock.instant()));
    }

    @PutMapping("/api/staff/reservations/{id}/room-type")
    @Operation(operationId = "changeRoomType", summary = "Change a booking's room type before arrival (decision record 52)")
    @Refuses({"not-found", "stay-change-refused", "sold-out", "payment-declined", "payment-unavailable",
            "concurrent-change"})
    ReservationView changeRoomType(@PathVariable UUID id, @RequestBody(required = false) RoomTypeChangeRequest request,
                                   @RequestAttribute(StaffPrincipal.ATTRIBUTE) StaffPrincipal staff) {
        return roomTypeChanges.byStaff(id, request,
                Actor.staff(staff.username(), staff.displayName(), clock.instant()));
    }
}
