package gotohotel.desk.viewmodel;

import gotohotel.desk.service.AccessService;
import gotohotel.desk.service.DeskBooking;
import gotohotel.desk.service.DeskListener;
import gotohotel.desk.service.DeskStatus;
import gotohotel.desk.service.BookingService;
import gotohotel.desk.service.DayListService;
import gotohotel.desk.service.RoomService;
import gotohotel.desk.service.SignInFailedException;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * The desk after sign-in: the reservations, the status bar, occupancy, the room rack, the language and signing in again or
 * out. Listens to the services and hands every change over to the UI thread.
 */
public final class DeskViewModel {

    private final AccessService access;
    private final UiExecutor ui;
    private final ReservationsViewModel reservations;
    private final StatusViewModel status;
    private final OccupancyViewModel occupancy;
    private final RackViewModel rack;
    private final DayListsViewModel dayLists;
    private final ReportViewModel report;
    private final ObjectProperty<Locale> locale = new SimpleObjectProperty<>(Locale.getDefault());
    private final StringProperty user = new SimpleStringProperty();
    private final ObjectProperty<AccessService.Mode> mode = new SimpleObjectProperty<>();

    public DeskViewModel(AccessService access, BookingService service, UiExecutor ui, Clock clock) {
        this(access, service, null, ui, clock);
    }

    /** @param rooms the rooms for the room rack; null: the desk shows no rack */
    public DeskViewModel(AccessService access, BookingService service, RoomService rooms, UiExecutor ui,
                         Clock clock) {
        this(access, service, rooms, null, ui, clock);
    }

    /**
     * @param rooms    the rooms for the room rack; null: the desk shows no rack
     * @param dayLists the day's lists and the managers' report; null: the desk shows neither
     */
    public DeskViewModel(AccessService access, BookingService service, RoomService rooms, DayListService dayLists,
                         UiExecutor ui, Clock clock) {
        this.access = access;
        this.ui = ui;
        this.reservations = new ReservationsViewModel(service, ui, clock);
        this.status = new StatusViewModel(service, ui);
        this.occupancy = new OccupancyViewModel(reservations.allBookings(), clock);
        this.rack = rooms == null ? null : new RackViewModel(rooms, ui);
        this.dayLists = dayLists == null ? null : new DayListsViewModel(dayLists, ui);
        this.report = dayLists == null ? null : new ReportViewModel(dayLists, ui);
        status.show(service.status());
        service.listen(new DeskListener() {
            @Override
            public void bookingsChanged(List<DeskBooking> changed) {
                ui.onUi(() -> {
                    reservations.apply(changed);
                    if (DeskViewModel.this.dayLists != null) {
                        DeskViewModel.this.dayLists.bookingsChanged();
                    }
                });
            }

            @Override
            public void statusChanged(DeskStatus next) {
                ui.onUi(() -> status.show(next));
            }
        });
    }

    /** Starts reading the bookings (may run while the sign-in form is still shown). */
    public void load() {
        reservations.load();
    }

    /** The remembered language, if staff chose one before. */
    public void recallLanguage() {
        ui.submit(() -> access.rememberedLanguage().orElse(null), tag -> {
            if (tag != null) {
                locale.set(Locale.forLanguageTag(tag));
            }
        }, failure -> { });
    }

    public void switchLanguage(Locale next) {
        locale.set(next);
        ui.submit(() -> {
            access.rememberLanguage(next.toLanguageTag());
            return null;
        }, done -> { }, failure -> { });
    }

    public void opened(String username, AccessService.Mode how) {
        user.set(username);
        mode.set(how);
    }

    /** The token expired: sign in again with the password; a refusal shows in the status bar. */
    public void signInAgain(String password) {
        signInAgain(password, problem -> {
            if (problem != null) {
                status.lastErrorProperty().set(problem);
            }
        });
    }

    /** The token expired: sign in again with the password; {@code done} gets null or an error key/sentence. */
    public void signInAgain(String password, Consumer<String> done) {
        ui.submit(() -> {
            access.signInAgain(password);
            return null;
        }, ok -> done.accept(null), failure -> done.accept(failure instanceof SignInFailedException refused
                ? refused.screenText() : failure.getMessage()));
    }

    public void signOut(Runnable done) {
        if (rack != null) {
            rack.stopReadingAhead();
        }
        ui.submit(() -> {
            access.signOut();
            return null;
        }, ok -> {
            user.set(null);
            mode.set(null);
            done.run();
        }, failure -> done.run());
    }

    public ReservationsViewModel reservations() {
        return reservations;
    }

    public StatusViewModel status() {
        return status;
    }

    public OccupancyViewModel occupancy() {
        return occupancy;
    }

    /** The room rack, or null when the desk was given no rooms. */
    public RackViewModel rack() {
        return rack;
    }

    /** The day's lists, or null when the desk was given none. */
    public DayListsViewModel dayLists() {
        return dayLists;
    }

    /** The managers' occupancy report, or null when the desk was given none. */
    public ReportViewModel report() {
        return report;
    }

    public ObjectProperty<Locale> localeProperty() {
        return locale;
    }

    public StringProperty userProperty() {
        return user;
    }

    public ObjectProperty<AccessService.Mode> modeProperty() {
        return mode;
    }
}
