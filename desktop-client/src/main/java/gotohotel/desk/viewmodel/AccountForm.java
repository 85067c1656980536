package gotohotel.desk.viewmodel;

import gotohotel.desk.service.StaffAdministration;
import gotohotel.desk.service.StaffMember;
import gotohotel.shared.api.StaffRole;
import java.util.Set;
import java.util.function.Consumer;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * A new account (username, display name, role, first password) or an existing one renamed or re-roled. The
 * password is held only until it is sent, then cleared.
 */
public final class AccountForm {

    private final StaffAdministration staff;
    private final StaffMember existing;
    private final FormState state;
    private final StringProperty username = new SimpleStringProperty("");
    private final StringProperty displayName = new SimpleStringProperty("");
    private final ObjectProperty<StaffRole> role = new SimpleObjectProperty<>(StaffRole.RECEPTIONIST);
    private final StringProperty password = new SimpleStringProperty("");

    private AccountForm(StaffAdministration staff, UiExecutor ui, StaffMember existing) {
        this.staff = staff;
        this.existing = existing;
        this.state = new FormState(ui, existing == null ? Set.of("username", "displayName", "role", "password")
                : Set.of("displayName", "role"));
        if (existing != null) {
            username.set(existing.username());
            displayName.set(existing.displayName());
            role.set(existing.role());
        }
    }

    static AccountForm create(StaffAdministration staff, UiExecutor ui) {
        return new AccountForm(staff, ui, null);
    }

    static AccountForm edit(StaffAdministration staff, UiExecutor ui, StaffMember member) {
        return new AccountForm(staff, ui, member);
    }

    public boolean isNew() {
        return existing == null;
    }

    public BooleanBinding cannotSave() {
        return Bindings.createBooleanBinding(() -> state.busyProperty().get() || username.get().isBlank()
                        || displayName.get().isBlank() || role.get() == null || (isNew() && password.get().isEmpty()),
                state.busyProperty(), username, displayName, role, password);
    }

    /** Sends the form; {@code saved} gets the account as the server now holds it. */
    public void save(Consumer<StaffMember> saved) {
        if (cannotSave().get()) {
            return;
        }
        String name = displayName.get().strip();
        StaffRole chosen = role.get();
        if (isNew()) {
            String secret = password.get();
            state.send(() -> staff.create(username.get(), name, chosen, secret), username.get().strip(), member -> {
                password.set("");
                saved.accept(member);
            });
        } else {
            state.send(() -> staff.change(existing.username(), name.equals(existing.displayName()) ? null : name,
                    chosen == existing.role() ? null : chosen), existing.username(), saved);
        }
    }

    public FormState state() {
        return state;
    }

    public StringProperty usernameProperty() {
        return username;
    }

    public StringProperty displayNameProperty() {
        return displayName;
    }

    public ObjectProperty<StaffRole> roleProperty() {
        return role;
    }

    public StringProperty passwordProperty() {
        return password;
    }
}
