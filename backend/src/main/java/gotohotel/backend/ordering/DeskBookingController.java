package gotohotel.backend.ordering;

import io.swagger.v3.oas.annotations.Operation;
import gotohotel.backend.web.Refuses;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.headers.Header;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.Parameter;
import gotohotel.backend.domain.InvalidInputException;
import gotohotel.backend.staff.StaffPrincipal;
import gotohotel.shared.api.DeskBookingRequest;
import gotohotel.shared.api.OrderView;
import java.util.Optional;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestAttribute;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Bookings made at the desk by reception (a walk-in, a phone call): answered like a guest's order, with the access
 * token to the guest's page once, so the desk can hand it over.
 */
@RestController
@RequestMapping("/api/staff/bookings")
class DeskBookingController {

    private final OrderService orders;

    DeskBookingController(OrderService orders) {
        this.orders = orders;
    }

    @PostMapping
    @Operation(operationId = "bookAtTheDesk", summary = "Book for a guest at the counter or on the phone")
    @ApiResponse(responseCode = "201", description = "Booked and paid: the order, with the guest's access token",
            useReturnTypeSchema = true, headers = @Header(name = "Location", description = "The order's path",
            required = true, schema = @Schema(type = "string")))
    @Refuses({"payment-declined", "sold-out", "request-in-progress", "idempotency-key-reused", "payment-unavailable"})
    ResponseEntity<OrderView> book(@RequestBody DeskBookingRequest request,
                                   @Parameter(description = OrderController.IDEMPOTENCY_KEY,
                                           schema = @Schema(maxLength = 255))
                                   @RequestHeader(name = "Idempotency-Key", required = false) String idempotencyKey,
                                   @RequestAttribute(StaffPrincipal.ATTRIBUTE) StaffPrincipal by) {
        if (idempotencyKey != null && idempotencyKey.length() > OrderController.MAX_IDEMPOTENCY_KEY_LENGTH) {
            throw new InvalidInputException("Idempotency-Key",
                    "must be at most " + OrderController.MAX_IDEMPOTENCY_KEY_LENGTH + " characters");
        }
        var placed = orders.placeAtDesk(request, idempotencyKey == null || idempotencyKey.isBlank() ? null
                : idempotencyKey.trim(), by.username());
        return ResponseEntity.status(HttpStatus.CREATED)
                .header(HttpHeaders.LOCATION, "/api/orders/" + placed.order().id())
                .body(OrderController.of(placed.order(), placed.accessToken(), Optional.ofNullable(placed.payment())));
    }
}
