package gotohotel.backend.reservation;

import gotohotel.backend.common.ApiException;
import gotohotel.backend.staff.StaffPrincipal;
import gotohotel.shared.api.RejectRequest;
import gotohotel.shared.api.ReservationView;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestAttribute;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The front desk's view of reservations and the staff's decisions on them. */
@RestController
@RequestMapping("/api/staff/reservations")
class StaffReservationController {

    private final ReservationService reservations;
    private final Clock clock;

    StaffReservationController(ReservationService reservations, Clock clock) {
        this.reservations = reservations;
        this.clock = clock;
    }

    @GetMapping
    List<ReservationView> search(@RequestParam(required = false) ReservationStatus status,
                                 @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                                 @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {
        if (from != null && to != null && !to.isAfter(from)) {
            throw ApiException.invalid("to", "must be after from");
        }
        return reservations.search(status, from, to);
    }

    @PostMapping("/{id}/confirm")
    ReservationView confirm(@PathVariable UUID id, @RequestAttribute(StaffPrincipal.ATTRIBUTE) StaffPrincipal staff) {
        return reservations.confirm(id, Actor.staff(staff.username(), clock.instant()));
    }

    @PostMapping("/{id}/reject")
    ReservationView reject(@PathVariable UUID id, @RequestBody(required = false) RejectRequest request,
                           @RequestAttribute(StaffPrincipal.ATTRIBUTE) StaffPrincipal staff) {
        String reason = request == null || request.reason() == null ? "" : request.reason().trim();
        if (reason.isEmpty() || reason.length() > 500) {
            throw ApiException.invalid("reason", "is required (at most 500 characters)");
        }
        return reservations.reject(id, Actor.staff(staff.username(), clock.instant()), reason);
    }

    @PostMapping("/{id}/check-in")
    ReservationView checkIn(@PathVariable UUID id, @RequestAttribute(StaffPrincipal.ATTRIBUTE) StaffPrincipal staff) {
        return reservations.checkIn(id, Actor.staff(staff.username(), clock.instant()));
    }

    @PostMapping("/{id}/check-out")
    ReservationView checkOut(@PathVariable UUID id, @RequestAttribute(StaffPrincipal.ATTRIBUTE) StaffPrincipal staff) {
        return reservations.checkOut(id, Actor.staff(staff.username(), clock.instant()));
    }
}
