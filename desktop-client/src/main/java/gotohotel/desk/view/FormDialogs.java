package gotohotel.desk.view;

import gotohotel.desk.service.StaffMember;
import gotohotel.desk.viewmodel.AccountForm;
import gotohotel.desk.viewmodel.FormState;
import gotohotel.desk.viewmodel.PasswordForm;
import gotohotel.shared.api.StaffRole;
import java.util.Optional;
import java.util.function.Consumer;
import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.StringProperty;
import javafx.collections.MapChangeListener;
import javafx.event.ActionEvent;
import javafx.scene.Node;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.TextField;
import javafx.scene.control.TextInputControl;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import javafx.util.StringConverter;

/**
 * The staff forms as dialogs: a new or edited account, a password reset, one's own new password (the room forms
 * use the same frame: {@link RoomDialogs}). A dialog stays
 * open while the server refuses, with the server's words next to the field it refused; passwords are masked.
 */
final class FormDialogs {

    private FormDialogs() {
    }

    /** Creates or edits an account; the account as the server holds it afterwards, if saved. */
    static Optional<StaffMember> account(Window owner, Texts t, AccountForm form) {
        var dialog = dialog(owner, t, t.get(form.isNew() ? "staff.new.title" : "staff.edit.title"),
                form.isNew() ? t.get("staff.new.header") : t.format("staff.edit.header", form.usernameProperty().get()));
        var grid = grid();
        int row = 0;
        if (form.isNew()) {
            var username = new TextField();
            username.setId("newUsername");
            username.textProperty().bindBidirectional(form.usernameProperty());
            row = field(grid, row, t, form.state(), "username", username);
        }
        var displayName = new TextField();
        displayName.setId("displayName");
        displayName.textProperty().bindBidirectional(form.displayNameProperty());
        row = field(grid, row, t, form.state(), "displayName", displayName);
        var role = new ComboBox<StaffRole>();
        role.setId("role");
        role.getItems().setAll(StaffRole.values());
        role.setConverter(new StringConverter<>() {
            @Override
            public String toString(StaffRole value) {
                return value == null ? "" : t.get("staff.role." + value.name());
            }

            @Override
            public StaffRole fromString(String text) {
                return null;
            }
        });
        role.valueProperty().bindBidirectional(form.roleProperty());
        row = field(grid, row, t, form.state(), "role", role);
        if (form.isNew()) {
            var password = new PasswordField();
            password.setId("firstPassword");
            password.textProperty().bindBidirectional(form.passwordProperty());
            field(grid, row, t, form.state(), "password", password);
            var hint = new Label(t.get("staff.password.hint"));
            hint.getStyleClass().add("muted");
            hint.setWrapText(true);
            grid.add(hint, 1, row * 2 + 2);
        }
        Consumer<Consumer<StaffMember>> save = form::save;
        return show(dialog, t, grid, form.state(), form.cannotSave(), "staff.save", save);
    }

    /** A password reset by a manager, or one's own new password; true once the server took it. */
    static boolean password(Window owner, Texts t, PasswordForm form) {
        boolean own = form.resetFor() == null;
        var dialog = dialog(owner, t, t.get(own ? "staff.own.title" : "staff.reset.title"),
                own ? t.get("staff.own.header") : t.format("staff.reset.header", form.resetFor()));
        var grid = grid();
        int row = 0;
        if (own) {
            row = field(grid, row, t, form.state(), "currentPassword", masked("currentPassword",
                    form.currentProperty()));
        }
        row = field(grid, row, t, form.state(), form.passwordField(), masked("newPassword", form.passwordProperty()));
        field(grid, row, t, form.state(), "repeat", masked("repeatPassword", form.repeatProperty()));
        var hint = new Label(t.get("staff.password.hint"));
        hint.getStyleClass().add("muted");
        hint.setWrapText(true);
        grid.add(hint, 1, row * 2 + 2);
        Consumer<Consumer<Boolean>> save = done -> form.save(() -> done.accept(true));
        return show(dialog, t, grid, form.state(), form.cannotSave(), "staff.password.save", save).isPresent();
    }

    private static PasswordField masked(String id, StringProperty value) {
        var field = new PasswordField();
        field.setId(id);
        field.textProperty().bindBidirectional(value);
        return field;
    }

    @SuppressWarnings("unchecked")
    static <T> Optional<T> show(Dialog<?> raw, Texts t, GridPane grid, FormState state, BooleanBinding cannotSave,
                                        String okKey, Consumer<Consumer<T>> save) {
        var dialog = (Dialog<T>) raw;
        var error = new Label();
        error.setId("formError");
        error.getStyleClass().add("error-text");
        error.setWrapText(true);
        error.setMaxWidth(520);
        error.setMinHeight(Region.USE_PREF_SIZE);
        error.textProperty().bind(state.errorProperty().map(t::say).orElse(""));
        dialog.getDialogPane().setContent(new VBox(12, grid, error));
        var ok = new ButtonType(t.get(okKey), ButtonBar.ButtonData.OK_DONE);
        var cancel = new ButtonType(t.get("cancel"), ButtonBar.ButtonData.CANCEL_CLOSE);
        dialog.getDialogPane().getButtonTypes().setAll(ok, cancel);
        // while the server is asked the form stays: closed then, a booking made would never show its answer
        dialog.getDialogPane().lookupButton(cancel).disableProperty().bind(state.busyProperty());
        dialog.setOnCloseRequest(e -> {
            if (state.busyProperty().get()) {
                e.consume();
            }
        });
        Node okButton = dialog.getDialogPane().lookupButton(ok);
        okButton.setId("formOk");
        okButton.disableProperty().bind(cannotSave);
        // the dialog closes only once the server took the form: a refusal is shown and the form stays
        okButton.addEventFilter(ActionEvent.ACTION, e -> {
            e.consume();
            save.accept(saved -> {
                dialog.setResult(saved);
                dialog.close();
            });
        });
        dialog.setResultConverter(button -> null);
        // a refusal makes the form taller: the window grows with it, its buttons stay in sight
        Runnable fit = () -> Platform.runLater(() -> {
            var scene = dialog.getDialogPane().getScene();
            if (scene != null && scene.getWindow() != null) {
                scene.getWindow().sizeToScene();
            }
        });
        state.errorProperty().subscribe(e -> fit.run());
        state.fieldErrors().addListener((MapChangeListener<String, String>) change -> fit.run());
        dialog.setOnShown(e -> grid.getChildren().stream().filter(TextInputControl.class::isInstance).findFirst()
                .ifPresent(Node::requestFocus));
        return dialog.showAndWait();
    }

    /**
     * Whenever {@code shown} changes (rows appear or go), the dialog's window fits its content again. The dialog keeps
     * {@code shown} (a binding is only weakly referenced by what it observes: one held by this listener alone could be
     * collected, and the window would no longer grow — its buttons out of sight).
     */
    static void refitOn(Dialog<?> dialog, javafx.beans.value.ObservableValue<?> shown) {
        dialog.getDialogPane().getProperties().put(new Object(), shown);
        shown.addListener((value, was, now) -> Platform.runLater(() -> {
            var scene = dialog.getDialogPane().getScene();
            if (scene != null && scene.getWindow() != null) {
                scene.getWindow().sizeToScene();
            }
        }));
    }

    /** A labelled field with the refusal of it below; the next free row. */
    static int field(GridPane grid, int row, Texts t, FormState state, String field, Node input) {
        var label = new Label(t.get("staff.field." + field));
        label.setLabelFor(input);
        var refusal = new Label();
        refusal.setId(field + "Error");
        refusal.getStyleClass().add("error-text");
        refusal.setWrapText(true);
        refusal.setMaxWidth(420);
        refusal.setMinHeight(Region.USE_PREF_SIZE);   // the server's sentence wraps, never "…"
        refusal.textProperty().bind(Bindings.createStringBinding(() -> state.fieldErrors().containsKey(field)
                ? t.say(state.fieldErrors().get(field)) : "", state.fieldErrors()));
        refusal.visibleProperty().bind(refusal.textProperty().isNotEmpty());
        refusal.managedProperty().bind(refusal.visibleProperty());
        grid.add(label, 0, row * 2);
        grid.add(input, 1, row * 2);
        grid.add(refusal, 1, row * 2 + 1);
        return row + 1;
    }

    static GridPane grid() {
        var grid = new GridPane();
        grid.setHgap(12);
        grid.setVgap(4);
        return grid;
    }

    static Dialog<Object> dialog(Window owner, Texts t, String title, String header) {
        var dialog = new Dialog<Object>();
        dialog.initOwner(owner);
        dialog.setTitle(title);
        dialog.setHeaderText(header);
        if (owner != null && owner.getScene() != null) {
            dialog.getDialogPane().getStylesheets().setAll(owner.getScene().getStylesheets());   // the desk's font
        }
        return dialog;
    }
}
