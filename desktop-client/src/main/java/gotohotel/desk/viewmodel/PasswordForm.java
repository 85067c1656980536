package gotohotel.desk.viewmodel;

import gotohotel.desk.service.StaffAdministration;
import java.util.Set;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * A new password, typed twice: one's own (with the current one) or someone's, reset by a manager. The passwords
 * are held only until sent, then cleared, and never logged.
 */
public final class PasswordForm {

    private final StaffAdministration staff;
    /** Whose password a manager resets; null for one's own. */
    private final String resetFor;
    private final FormState state;
    private final StringProperty current = new SimpleStringProperty("");
    private final StringProperty password = new SimpleStringProperty("");
    private final StringProperty repeat = new SimpleStringProperty("");

    private PasswordForm(StaffAdministration staff, UiExecutor ui, String resetFor) {
        this.staff = staff;
        this.resetFor = resetFor;
        this.state = new FormState(ui, resetFor == null ? Set.of("currentPassword", "newPassword", "repeat")
                : Set.of("password", "repeat"));
    }

    /** Anyone: their own password. */
    public static PasswordForm own(StaffAdministration staff, UiExecutor ui) {
        return new PasswordForm(staff, ui, null);
    }

    static PasswordForm reset(StaffAdministration staff, UiExecutor ui, String username) {
        return new PasswordForm(staff, ui, username);
    }

    /** The account whose password is reset, or null for one's own. */
    public String resetFor() {
        return resetFor;
    }

    /** The API's name of the new password's field in this form. */
    public String passwordField() {
        return resetFor == null ? "newPassword" : "password";
    }

    public BooleanBinding cannotSave() {
        return Bindings.createBooleanBinding(() -> state.busyProperty().get() || password.get().isEmpty()
                || repeat.get().isEmpty() || (resetFor == null && current.get().isEmpty()),
                state.busyProperty(), current, password, repeat);
    }

    /** Sends the new password; {@code done} runs once the server took it. */
    public void save(Runnable done) {
        if (cannotSave().get()) {
            return;
        }
        if (!password.get().equals(repeat.get())) {
            state.refuseField("repeat", "staff.password.mismatch");
            return;
        }
        String was = current.get();
        String next = password.get();
        state.send(() -> {
            if (resetFor == null) {
                staff.changeOwnPassword(was, next);
            } else {
                staff.resetPassword(resetFor, next);
            }
            return null;
        }, resetFor, ok -> {
            current.set("");
            password.set("");
            repeat.set("");
            done.run();
        });
    }

    public FormState state() {
        return state;
    }

    public StringProperty currentProperty() {
        return current;
    }

    public StringProperty passwordProperty() {
        return password;
    }

    public StringProperty repeatProperty() {
        return repeat;
    }
}
