package gotohotel.backend.inventory;

import io.swagger.v3.oas.annotations.Operation;
import gotohotel.backend.domain.InvalidInputException;
import gotohotel.shared.api.AvailabilityView;
import gotohotel.shared.api.RoomTypeView;
import java.time.LocalDate;
import java.util.List;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** What the hotel sells and what is free for a stay. */
@RestController
class RoomController {

    private final Inventory inventory;

    RoomController(Inventory inventory) {
        this.inventory = inventory;
    }

    @GetMapping("/api/room-types")
    @Operation(operationId = "listRoomTypes", summary = "The room types on sale")
    List<RoomTypeView> roomTypes() {
        return inventory.roomTypes().stream()
                .map(type -> new RoomTypeView(type.code(), type.name(), type.capacity(), type.nightlyRate().amount(),
                        type.nightlyRate().currencyCode(), type.totalRooms()))
                .toList();
    }

    @GetMapping("/api/availability")
    @Operation(operationId = "getAvailability", summary = "Rooms free and the price of a stay, per room type")
    List<AvailabilityView> availability(@RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate checkIn,
                                        @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate checkOut,
                                        @RequestParam(defaultValue = "1") int guests) {
        if (!checkOut.isAfter(checkIn)) {
            throw new InvalidInputException("checkOut", "must be after check-in");
        }
        if (guests < 1) {
            throw new InvalidInputException("guests", "must be at least 1");
        }
        return inventory.availability(new Stay(checkIn, checkOut), guests).stream()
                .map(a -> new AvailabilityView(a.roomType().code(), a.available(), a.totalPrice().amount(),
                        a.totalPrice().currencyCode()))
                .toList();
    }
}
