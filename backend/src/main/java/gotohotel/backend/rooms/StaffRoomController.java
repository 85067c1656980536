package gotohotel.backend.rooms;

import io.swagger.v3.oas.annotations.Operation;
import gotohotel.backend.web.Refuses;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.headers.Header;
import io.swagger.v3.oas.annotations.media.Schema;
import gotohotel.backend.staff.StaffPrincipal;
import gotohotel.shared.api.HousekeepingStatus;
import gotohotel.shared.api.NewRoom;
import gotohotel.shared.api.OutOfOrderRequest;
import gotohotel.shared.api.RoomChange;
import gotohotel.shared.api.RoomView;
import java.net.URI;
import java.util.List;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestAttribute;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.util.UriUtils;

/** The staff's rooms: everyone sees them and marks housekeeping; managers manage them and their repairs. */
@RestController
@RequestMapping("/api/staff/rooms")
class StaffRoomController {

    private final Rooms rooms;
    private final OutOfOrder outOfOrder;
    private final Housekeeping housekeeping;

    StaffRoomController(Rooms rooms, OutOfOrder outOfOrder, Housekeeping housekeeping) {
        this.rooms = rooms;
        this.outOfOrder = outOfOrder;
        this.housekeeping = housekeeping;
    }

    /** A housekeeping change: the new status and, optionally, the room's version the person saw. */
    record HousekeepingChange(HousekeepingStatus status, Long expectedVersion) {
    }

    @GetMapping
    @Operation(operationId = "listRooms", summary = "Every room, by type and number")
    List<RoomView> all() {
        return rooms.all();
    }

    @PostMapping
    @Operation(operationId = "addRoom", summary = "Add a numbered room to a type")
    @ApiResponse(responseCode = "201", description = "Added: the room", useReturnTypeSchema = true,
            headers = @Header(name = "Location", description = "The room's path", required = true,
            schema = @Schema(type = "string")))
    @Refuses({"manager-only", "room-number-taken"})
    ResponseEntity<RoomView> add(@RequestBody NewRoom request, @RequestAttribute(StaffPrincipal.ATTRIBUTE) StaffPrincipal by) {
        var added = rooms.add(request, by);
        return ResponseEntity.created(URI.create("/api/staff/rooms/" + path(added.number()))).body(added);
    }

    @PatchMapping("/{number}")
    @Operation(operationId = "changeRoom", summary = "Renumber a room, move it to another type, or take it out of service")
    @Refuses({"manager-only", "not-found", "room-in-use", "rooms-needed", "room-number-taken"})
    RoomView change(@PathVariable String number, @RequestBody RoomChange change,
                    @RequestAttribute(StaffPrincipal.ATTRIBUTE) StaffPrincipal by) {
        return rooms.change(number, change, by);
    }

    @PostMapping("/{number}/out-of-order")
    @Operation(operationId = "takeRoomOutOfOrder", summary = "Take a room off sale for some nights")
    @ApiResponse(responseCode = "201", description = "Taken off: the room", useReturnTypeSchema = true,
            headers = @Header(name = "Location", description = "The out-of-order dates' path", required = true,
            schema = @Schema(type = "string")))
    @Refuses({"manager-only", "not-found", "rooms-needed", "room-in-use"})
    ResponseEntity<RoomView> takeOff(@PathVariable String number, @RequestBody OutOfOrderRequest request,
                                     @RequestAttribute(StaffPrincipal.ATTRIBUTE) StaffPrincipal by) {
        var booked = outOfOrder.takeOff(number, request, by);
        return ResponseEntity.created(URI.create("/api/staff/rooms/" + path(number) + "/out-of-order/" + booked.id()))
                .body(booked.room());
    }

    @DeleteMapping("/{number}/out-of-order/{id}")
    @Operation(operationId = "putRoomBackInOrder", summary = "End a room's out-of-order dates")
    @Refuses({"manager-only", "not-found"})
    RoomView backInOrder(@PathVariable String number, @PathVariable long id,
                         @RequestAttribute(StaffPrincipal.ATTRIBUTE) StaffPrincipal by) {
        return outOfOrder.backInOrder(number, id, by);
    }

    @PutMapping("/{number}/housekeeping")
    @Operation(operationId = "setHousekeeping", summary = "Mark a room clean, dirty or inspected")
    @Refuses({"manager-only", "not-found", "illegal-transition", "concurrent-change"})
    RoomView housekeeping(@PathVariable String number, @RequestBody HousekeepingChange change,
                          @RequestAttribute(StaffPrincipal.ATTRIBUTE) StaffPrincipal by) {
        return housekeeping.set(number, change == null ? null : change.status(),
                change == null ? null : change.expectedVersion(), by);
    }

    private static String path(String number) {
        return UriUtils.encodePathSegment(number, java.nio.charset.StandardCharsets.UTF_8);
    }
}
