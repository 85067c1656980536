package gotohotel.desk.viewmodel;

import gotohotel.desk.service.DayListService;
import gotohotel.desk.service.ReportRefusedException;
import gotohotel.shared.api.OccupancyReport;
import java.time.LocalDate;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * Managers' occupancy and room revenue per night for a range of nights, asked of the server (online only: the desk
 * does not hold every booking's amount for every past night, the server does).
 */
public final class ReportViewModel {

    /** The range first shown: the 14 nights from today, as the occupancy tab. */
    static final int FIRST_NIGHTS = 14;

    private final DayListService service;
    private final UiExecutor ui;
    private final ObjectProperty<LocalDate> from = new SimpleObjectProperty<>();
    private final ObjectProperty<LocalDate> to = new SimpleObjectProperty<>();
    private final ObjectProperty<OccupancyReport> report = new SimpleObjectProperty<>();
    private final BooleanProperty asking = new SimpleBooleanProperty();
    /** Why there is no report: a message key ({@code report.refused.<REASON>}), or null. */
    private final StringProperty refusal = new SimpleStringProperty();
    /** The server's own sentence with a refusal, when it said one. */
    private final StringProperty detail = new SimpleStringProperty();

    public ReportViewModel(DayListService service, UiExecutor ui) {
        this.service = service;
        this.ui = ui;
    }

    /** The first time shown: the next {@link #FIRST_NIGHTS} nights. */
    public void show() {
        if (from.get() == null) {
            LocalDate today = service.today();
            from.set(today);
            to.set(today.plusDays(FIRST_NIGHTS - 1));
        }
        ask();
    }

    /** Asks the server for the range chosen. */
    public void ask() {
        LocalDate first = from.get();
        LocalDate last = to.get();
        if (first == null || last == null) {
            return;
        }
        asking.set(true);
        refusal.set(null);
        detail.set(null);
        ui.submit(() -> service.occupancy(first, last), answer -> {
            asking.set(false);
            report.set(answer);
        }, failure -> {
            asking.set(false);
            report.set(null);
            var reason = failure instanceof ReportRefusedException refused ? refused.reason()
                    : ReportRefusedException.Reason.OTHER;
            refusal.set("report.refused." + reason.name());
            detail.set(failure.getMessage());
        });
    }

    public ObjectProperty<LocalDate> fromProperty() {
        return from;
    }

    public ObjectProperty<LocalDate> toProperty() {
        return to;
    }

    public ObjectProperty<OccupancyReport> reportProperty() {
        return report;
    }

    public BooleanProperty askingProperty() {
        return asking;
    }

    public StringProperty refusalProperty() {
        return refusal;
    }

    public StringProperty detailProperty() {
        return detail;
    }
}
