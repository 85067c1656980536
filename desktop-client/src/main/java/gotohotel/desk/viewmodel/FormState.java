package gotohotel.desk.viewmodel;

import gotohotel.desk.service.StaffChangeRefusedException;
import gotohotel.desk.text.ScreenText;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableMap;

/**
 * A staff form's sending state: busy while the server is asked, then its refusal as screen texts — one per field
 * the form shows ({@code staff.field-error}: the field's name and the server's words) and one for the form.
 */
public final class FormState {

    private final UiExecutor ui;
    private final Set<String> fields;
    private final BooleanProperty busy = new SimpleBooleanProperty();
    private final StringProperty error = new SimpleStringProperty();
    private final ObservableMap<String, String> fieldErrors = FXCollections.observableHashMap();

    /** @param fields the API's names of the fields this form shows (the others' errors go to the form's error) */
    FormState(UiExecutor ui, Set<String> fields) {
        this.ui = ui;
        this.fields = fields;
    }

    /** Sends in the background; {@code done} gets the answer, a refusal is shown. */
    <T> void send(Callable<T> work, String username, Consumer<T> done) {
        send(work, username, done, failure -> { });
    }

    /** As {@link #send(Callable, String, Consumer)}; {@code refused} sees a refusal first (on the screens' thread). */
    <T> void send(Callable<T> work, String username, Consumer<T> done, Consumer<Throwable> refused) {
        if (busy.get()) {
            return;
        }
        busy.set(true);
        error.set(null);
        fieldErrors.clear();
        ui.submit(work, answer -> {
            busy.set(false);
            done.accept(answer);
        }, failure -> {
            busy.set(false);
            refused.accept(failure);
            show(failure, username);
        });
    }

    /** A refusal the desk found itself (a bundle key or {@link ScreenText}) next to a field. */
    void refuseField(String field, String screenText) {
        error.set(null);
        fieldErrors.clear();
        fieldErrors.put(field, screenText);
    }

    private void show(Throwable failure, String username) {
        if (failure instanceof StaffChangeRefusedException refused) {
            var others = new StringBuilder();
            refused.fieldErrors().forEach((field, message) -> {
                if (fields.contains(field)) {
                    fieldErrors.put(field, ScreenText.of("staff.field-error", "staff.field." + field, message));
                } else {
                    others.append(others.isEmpty() ? "" : "; ").append(field).append(' ').append(message);
                }
            });
            error.set(others.isEmpty() ? StaffTexts.of(refused, username)
                    : ScreenText.of("staff.refused.OTHER", others.toString()));
        } else {
            error.set(ScreenText.of("staff.refused.OTHER", String.valueOf(failure.getMessage())));
        }
    }

    public BooleanProperty busyProperty() {
        return busy;
    }

    /** The form's refusal as a {@link ScreenText} (null when none). */
    public StringProperty errorProperty() {
        return error;
    }

    /** Field (API name) → its refusal as a {@link ScreenText}. */
    public ObservableMap<String, String> fieldErrors() {
        return fieldErrors;
    }
}
