package gotohotel.backend.nightaudit;

import io.swagger.v3.oas.annotations.Operation;
import gotohotel.backend.reservation.Reservations;
import gotohotel.shared.api.NightAuditRunView;
import gotohotel.shared.api.ReservationView;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Managers see the night audit's runs and the guests still in house past their check-out day. */
@RestController
@RequestMapping("/api/staff/night-audit")
class NightAuditController {

    private static final int MAX_RUNS = 366;

    private final NightAuditRuns runs;
    private final Reservations reservations;
    private final ZoneId hotelZone;
    private final Clock clock;

    NightAuditController(NightAuditRuns runs, Reservations reservations,
                         @Value("${gotohotel.ordering.hotel-zone}") ZoneId hotelZone, Clock clock) {
        this.runs = runs;
        this.reservations = reservations;
        this.hotelZone = hotelZone;
        this.clock = clock;
    }

    /** The latest runs first (at most {@code limit}, 30 unless given). */
    @GetMapping("/runs")
    @Operation(operationId = "listNightAuditRuns", summary = "The night audit's runs, latest first")
    List<NightAuditRunView> runs(@RequestParam(defaultValue = "30") int limit) {
        return runs.latest(Math.max(1, Math.min(limit, MAX_RUNS)));
    }

    /** Guests checked in whose check-out day is {@code date} (today unless given) or earlier: for staff to follow up. */
    @GetMapping("/due-outs")
    @Operation(operationId = "listDueOuts", summary = "Guests in house past their check-out day")
    List<ReservationView> dueOuts(@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
                                  LocalDate date) {
        return reservations.dueOuts(date != null ? date : LocalDate.now(clock.withZone(hotelZone)));
    }
}
