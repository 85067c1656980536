package gotohotel.backend.reports;

import io.swagger.v3.oas.annotations.Operation;
import gotohotel.shared.api.OccupancyReport;
import java.time.LocalDate;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Managers' numbers: occupancy and room revenue per night (managers only, see the staff guards). */
@RestController
@RequestMapping("/api/staff/reports")
class ReportController {

    private final OccupancyReports reports;

    ReportController(OccupancyReports reports) {
        this.reports = reports;
    }

    /** Nights {@code from} to {@code to}, both included (at most {@link OccupancyReports#MAX_NIGHTS}). */
    @GetMapping("/occupancy")
    @Operation(operationId = "getOccupancyReport", summary = "Occupancy and room revenue per night")
    OccupancyReport occupancy(@RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                              @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {
        return reports.between(from, to);
    }
}
