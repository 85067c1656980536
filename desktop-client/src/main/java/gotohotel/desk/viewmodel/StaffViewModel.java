package gotohotel.desk.viewmodel;

import gotohotel.desk.service.RegisteredDesk;
import gotohotel.desk.service.StaffAdministration;
import gotohotel.desk.service.StaffMember;
import gotohotel.shared.api.StaffRole;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The Staff screen (managers, online only): the accounts and registered desks, the commands that change them,
 * and the forms that create, edit and reset. Whether the entry to it shows follows the signed-in person's role.
 */
public final class StaffViewModel {

    private final StaffAdministration staff;
    private final UiExecutor ui;
    private final ReadOnlyBooleanProperty online;
    private final BooleanProperty manager = new SimpleBooleanProperty();
    private final BooleanProperty reception = new SimpleBooleanProperty();
    private final BooleanProperty busy = new SimpleBooleanProperty();
    private final StringProperty error = new SimpleStringProperty();
    private final ObservableList<StaffMember> accounts = FXCollections.observableArrayList();
    private final ObservableList<RegisteredDesk> desks = FXCollections.observableArrayList();

    /** @param online whether the desk is online now (the status bar's) */
    public StaffViewModel(StaffAdministration staff, UiExecutor ui, ReadOnlyBooleanProperty online) {
        this.staff = staff;
        this.ui = ui;
        this.online = online;
        online.subscribe(now -> refreshRole());
    }

    /** Reads the signed-in person's role again (after a sign-in, a sign-out, the link coming back). */
    public void refreshRole() {
        manager.set(staff.role().map(StaffRole::managesStaff).orElse(false));
        reception.set(staff.role().map(StaffRole::decidesBookings).orElse(false));
    }

    /** Whether the Staff entry shows: the signed-in person is a manager. */
    public BooleanProperty managerProperty() {
        return manager;
    }

    /** Whether the signed-in person books for guests (a receptionist or a manager, as the server named them). */
    public BooleanProperty receptionProperty() {
        return reception;
    }

    /** Whether a booking for a guest can be made now: reception, online. */
    public BooleanBinding canBook() {
        return reception.and(online);
    }

    /** Whether the Staff screen can open now: a manager, online. */
    public BooleanBinding canOpen() {
        return manager.and(online);
    }

    /** Whether one's own password can be changed now: online. */
    public ReadOnlyBooleanProperty onlineProperty() {
        return online;
    }

    /** Reads the accounts and desks from the server. */
    public void load() {
        busy.set(true);
        error.set(null);
        ui.submit(() -> new Lists(staff.accounts(), staff.desks()), lists -> {
            busy.set(false);
            accounts.setAll(lists.accounts());
            accounts.sort(Comparator.comparing(StaffMember::username));
            desks.setAll(lists.desks());
        }, failure -> {
            busy.set(false);
            error.set(StaffTexts.of(failure, null));
        });
    }

    private record Lists(List<StaffMember> accounts, List<RegisteredDesk> desks) {
    }

    public AccountForm newAccount() {
        return AccountForm.create(staff, ui);
    }

    public AccountForm edit(StaffMember member) {
        return AccountForm.edit(staff, ui, member);
    }

    public PasswordForm resetPassword(StaffMember member) {
        return PasswordForm.reset(staff, ui, member.username());
    }

    public PasswordForm ownPassword() {
        return PasswordForm.own(staff, ui);
    }

    /** Shows an account as the server answered it (created or changed). */
    public void saved(StaffMember member) {
        accounts.removeIf(a -> a.username().equals(member.username()));
        accounts.add(member);
        accounts.sort(Comparator.comparing(StaffMember::username));
    }

    /** Disables (its sessions end) or enables the account; the view asked for confirmation. */
    public void setEnabled(StaffMember member, boolean enabled) {
        run(() -> staff.enable(member.username(), enabled), member.username(), this::saved);
    }

    /** Revokes the desk (the view asked for confirmation). */
    public void revoke(RegisteredDesk desk) {
        run(() -> staff.revoke(desk.id()), null, revoked -> desks.replaceAll(d -> d.id().equals(revoked.id())
                ? revoked : d));
    }

    private <T> void run(Callable<T> work, String username, Consumer<T> done) {
        busy.set(true);
        error.set(null);
        ui.submit(work, answer -> {
            busy.set(false);
            done.accept(answer);
        }, failure -> {
            busy.set(false);
            error.set(StaffTexts.of(failure, username));
        });
    }

    public ObservableList<StaffMember> accounts() {
        return accounts;
    }

    public ObservableList<RegisteredDesk> desks() {
        return desks;
    }

    public BooleanProperty busyProperty() {
        return busy;
    }

    /** The last refusal as a {@link gotohotel.desk.text.ScreenText} (null when none). */
    public StringProperty errorProperty() {
        return error;
    }
}
