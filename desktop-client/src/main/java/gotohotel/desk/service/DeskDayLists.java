package gotohotel.desk.service;

import gotohotel.desk.store.DayStay;
import gotohotel.desk.store.DeskStore;
import gotohotel.desk.sync.Answer;
import gotohotel.shared.api.OccupancyReport;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/** The day's lists read from the desk's store and printed by {@link DayListsPdf}; the report asked of the server. */
final class DeskDayLists implements DayListService {

    private final DeskStore store;
    private final Supplier<Optional<Connection>> current;
    private final Clock clock;
    private final DayListsPdf pdf;

    DeskDayLists(DeskStore store, Supplier<Optional<Connection>> current, Clock clock, DayListsPdf pdf) {
        this.store = store;
        this.current = current;
        this.clock = clock;
        this.pdf = pdf;
    }

    @Override
    public LocalDate today() {
        return LocalDate.now(clock);
    }

    @Override
    public DayLists lists(LocalDate day) {
        return DayLists.of(day, today(), store.dayStays(day).stream().map(this::guest).toList());
    }

    @Override
    public void print(DayLists lists, PrintLabels labels, Path file) {
        pdf.write(lists, labels, file);
    }

    @Override
    public OccupancyReport occupancy(LocalDate from, LocalDate to) {
        var signed = current.get().orElseThrow(() -> new ReportRefusedException(
                ReportRefusedException.Reason.SIGNED_OUT, "not signed in"));
        var answer = signed.link().occupancyReport(signed.session(), from, to);
        if (answer.kind() == Answer.Kind.OK) {
            return answer.body();
        }
        var problem = answer.refusal();
        // a refused range names its field and why ("to: a report covers at most 366 nights; …"), which says more
        String detail = problem != null && !problem.fieldErrors().isEmpty()
                ? problem.fieldErrors().entrySet().stream().map(e -> e.getKey() + ": " + e.getValue())
                        .collect(Collectors.joining("; "))
                : problem != null && problem.detail() != null ? problem.detail() : answer.problem();
        throw new ReportRefusedException(switch (answer.kind()) {
            case UNAUTHORIZED -> ReportRefusedException.Reason.SIGNED_OUT;
            case UNREACHABLE -> ReportRefusedException.Reason.UNREACHABLE;
            default -> problem == null ? ReportRefusedException.Reason.OTHER
                    : problem.status() == 403 ? ReportRefusedException.Reason.MANAGERS_ONLY
                    : problem.status() == 400 ? ReportRefusedException.Reason.INVALID
                    : ReportRefusedException.Reason.OTHER;
        }, detail);
    }

    /**
     * A checked-out booking changes no more: its last change is the check-out, whose day (in the hotel's zone, the
     * clock's) is the day the guest left, between the check-in and check-out days booked.
     */
    private DayGuest guest(DayStay stay) {
        LocalDate left = null;
        if ("CHECKED_OUT".equals(stay.status()) && stay.updatedAt() != null && stay.checkIn() != null
                && stay.checkOut() != null) {
            left = LocalDate.ofInstant(stay.updatedAt(), clock.getZone());
            left = left.isBefore(stay.checkIn()) ? stay.checkIn()
                    : left.isAfter(stay.checkOut()) ? stay.checkOut() : left;
        }
        return new DayGuest(stay.reservationId(), stay.guestName(), stay.phone(), stay.room(), stay.roomType(),
                stay.checkIn(), stay.checkOut(), stay.guestCount(), stay.status(), left);
    }
}
