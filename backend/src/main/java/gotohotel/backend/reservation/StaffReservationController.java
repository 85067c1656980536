package gotohotel.backend.reservation;

import io.swagger.v3.oas.annotations.Operation;
import gotohotel.backend.web.Refuses;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.headers.Header;
import io.swagger.v3.oas.annotations.media.Schema;
import gotohotel.backend.domain.InvalidInputException;
import gotohotel.backend.staff.StaffPrincipal;
import gotohotel.shared.api.RejectRequest;
import gotohotel.shared.api.ReservationView;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestAttribute;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/** The front desk's view of reservations and the staff's decisions on them. */
@RestController
@RequestMapping("/api/staff/reservations")
class StaffReservationController {

    static final String NEXT_CURSOR = "X-Next-Cursor";

    private final ReservationService reservations;
    private final ListingProperties listing;
    private final Clock clock;

    StaffReservationController(ReservationService reservations, ListingProperties listing, Clock clock) {
        this.reservations = reservations;
        this.listing = listing;
        this.clock = clock;
    }

    /**
     * Reservations whose stay overlaps [from, to), optionally of one status, ordered by check-in, one page
     * at a time. When more follow, the response links the next page ({@code Link: <...>; rel="next"}) and
     * carries its cursor in {@code X-Next-Cursor}; pass it back as {@code after}.
     */
    @GetMapping
    @Operation(operationId = "listReservations", summary = "Reservations overlapping dates, a page at a time")
    @ApiResponse(responseCode = "200", description = "A page of reservations, by check-in", useReturnTypeSchema = true,
            headers = {@Header(name = "Link", description = "The next page when more follow: `<url>; rel=\"next\"`",
                    schema = @Schema(type = "string")),
                    @Header(name = NEXT_CURSOR, description = "The next page's cursor (pass it as `after`)",
                            schema = @Schema(type = "string"))})
    ResponseEntity<List<ReservationView>> search(
            @RequestParam(required = false) ReservationStatus status,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            @RequestParam(required = false) Integer size,
            @RequestParam(required = false) String after) {
        if (outOfRange(from)) {
            throw new InvalidInputException("from", "must be a date between 1900 and 9999");
        }
        if (outOfRange(to)) {
            throw new InvalidInputException("to", "must be a date between 1900 and 9999");
        }
        if (from != null && to != null && !to.isAfter(from)) {
            throw new InvalidInputException("to", "must be after from");
        }
        int pageSize = size == null ? listing.defaultSize() : size;
        if (pageSize < 1 || pageSize > listing.maxSize()) {
            throw new InvalidInputException("size", "must be between 1 and " + listing.maxSize());
        }
        ReservationCursor cursor;
        try {
            cursor = after == null || after.isBlank() ? null : ReservationCursor.parse(after);
        } catch (IllegalArgumentException malformed) {
            throw new InvalidInputException("after", "is not a cursor this listing returned");
        }
        var page = reservations.search(new ReservationQuery(status, from, to, cursor), pageSize);
        var response = ResponseEntity.ok();
        if (page.next() != null) {
            String token = page.next().token();
            String next = ServletUriComponentsBuilder.fromCurrentRequest()
                    .replaceQueryParam("size", pageSize).replaceQueryParam("after", token).build().toUriString();
            response.header(HttpHeaders.LINK, "<" + next + ">; rel=\"next\"").header(NEXT_CURSOR, token);
        }
        return response.body(page.reservations());
    }

    @PostMapping("/{id}/confirm")
    @Operation(operationId = "confirmReservation", summary = "Confirm a reservation")
    @Refuses({"not-found", "illegal-transition", "concurrent-change"})
    ReservationView confirm(@PathVariable UUID id, @RequestAttribute(StaffPrincipal.ATTRIBUTE) StaffPrincipal staff) {
        return reservations.confirm(id, Actor.staff(staff.username(), staff.displayName(), clock.instant()));
    }

    @PostMapping("/{id}/reject")
    @Operation(operationId = "rejectReservation", summary = "Reject a reservation; the guest is refunded")
    @Refuses({"not-found", "illegal-transition", "concurrent-change"})
    ReservationView reject(@PathVariable UUID id, @RequestBody(required = false) RejectRequest request,
                           @RequestAttribute(StaffPrincipal.ATTRIBUTE) StaffPrincipal staff) {
        String reason = request == null || request.reason() == null ? "" : request.reason().trim();
        if (reason.isEmpty() || reason.length() > 500 || reason.indexOf('\0') >= 0) {
            throw new InvalidInputException("reason", "is required (at most 500 characters)");
        }
        return reservations.reject(id, Actor.staff(staff.username(), staff.displayName(), clock.instant()), reason);
    }

    @PostMapping("/{id}/check-in")
    @Operation(operationId = "checkIn", summary = "Check the guest in (a room assigned first)")
    @Refuses({"not-found", "illegal-transition", "room-required", "concurrent-change"})
    ReservationView checkIn(@PathVariable UUID id, @RequestAttribute(StaffPrincipal.ATTRIBUTE) StaffPrincipal staff) {
        return reservations.checkIn(id, Actor.staff(staff.username(), staff.displayName(), clock.instant()));
    }

    @PostMapping("/{id}/check-out")
    @Operation(operationId = "checkOut", summary = "Check the guest out")
    @Refuses({"not-found", "illegal-transition", "concurrent-change"})
    ReservationView checkOut(@PathVariable UUID id, @RequestAttribute(StaffPrincipal.ATTRIBUTE) StaffPrincipal staff) {
        return reservations.checkOut(id, Actor.staff(staff.username(), staff.displayName(), clock.instant()));
    }

    private static boolean outOfRange(LocalDate date) {
        return date != null && (date.getYear() < 1900 || date.getYear() > 9999);
    }
}
