package gotohotel.desk.view;

import gotohotel.desk.service.RegisteredDesk;
import gotohotel.desk.service.StaffMember;
import gotohotel.desk.viewmodel.StaffViewModel;
import java.util.List;
import java.util.function.Function;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

/**
 * The Staff screen (managers, online): the accounts with new / edit / disable or enable / reset password, and the
 * registered desks with revoke. Disabling and revoking ask first; every refusal shows in words.
 */
final class StaffView {

    private final StaffViewModel model;
    private final Texts t;
    private Window window;

    private StaffView(StaffViewModel model, Texts t) {
        this.model = model;
        this.t = t;
    }

    /** Shows the screen over the desk until closed. */
    static void show(Window owner, Texts t, StaffViewModel model) {
        var dialog = new Dialog<Void>();
        dialog.initOwner(owner);
        dialog.setTitle(t.get("staff.title"));
        dialog.setResizable(true);
        if (owner != null && owner.getScene() != null) {
            dialog.getDialogPane().getStylesheets().setAll(owner.getScene().getStylesheets());   // the desk's font
        }
        var view = new StaffView(model, t);
        dialog.getDialogPane().setContent(view.build());
        dialog.getDialogPane().setPrefSize(880, 620);
        var close = new ButtonType(t.get("staff.close"), ButtonBar.ButtonData.CANCEL_CLOSE);
        dialog.getDialogPane().getButtonTypes().setAll(close);
        dialog.getDialogPane().lookupButton(close).setId("staffClose");
        dialog.setOnShown(e -> view.window = dialog.getDialogPane().getScene().getWindow());
        model.load();
        dialog.showAndWait();
    }

    private Node build() {
        var accounts = accountsTable();
        var selected = accounts.getSelectionModel().selectedItemProperty();
        var add = button("staffNew", "staff.new", false);
        add.setOnAction(e -> FormDialogs.account(window, t, model.newAccount()).ifPresent(member -> {
            model.saved(member);
            accounts.getSelectionModel().select(member);
        }));
        var edit = button("staffEdit", "staff.edit", false);
        edit.setOnAction(e -> FormDialogs.account(window, t, model.edit(selected.get())).ifPresent(model::saved));
        var enable = button("staffEnable", "staff.disable", true);
        enable.textProperty().bind(selected.map(m -> t.get(m.enabled() ? "staff.disable" : "staff.enable"))
                .orElse(t.get("staff.disable")));
        enable.setOnAction(e -> confirmEnable(selected.get()));
        var reset = button("staffReset", "staff.reset", false);
        reset.setOnAction(e -> {
            if (FormDialogs.password(window, t, model.resetPassword(selected.get()))) {
                model.errorProperty().set(null);
            }
        });
        for (var needsOne : new Button[] {edit, enable, reset}) {
            needsOne.disableProperty().bind(selected.isNull().or(model.busyProperty()));
        }
        add.disableProperty().bind(model.busyProperty());
        var refresh = button("staffRefresh", "staff.refresh", false);
        refresh.setOnAction(e -> model.load());
        var spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        var actions = new HBox(8, add, edit, enable, reset, spacer, refresh);
        actions.setAlignment(Pos.CENTER_LEFT);

        var error = new Label();
        error.setId("staffError");
        error.getStyleClass().add("error-text");
        error.setWrapText(true);
        error.textProperty().bind(model.errorProperty().map(t::say).orElse(""));
        error.managedProperty().bind(error.textProperty().isNotEmpty());

        var desks = desksTable();
        var revoke = button("deskRevoke", "staff.desk.revoke", true);
        var chosenDesk = desks.getSelectionModel().selectedItemProperty();
        revoke.disableProperty().bind(Bindings.createBooleanBinding(() -> chosenDesk.get() == null
                || chosenDesk.get().revoked() || model.busyProperty().get(), chosenDesk, model.busyProperty()));
        revoke.setOnAction(e -> confirmRevoke(desks.getSelectionModel().getSelectedItem()));
        var deskNote = new Label(t.get("staff.desks.note"));
        deskNote.getStyleClass().add("muted");
        deskNote.setWrapText(true);
        var deskActions = new HBox(8, revoke, deskNote);
        deskActions.setAlignment(Pos.CENTER_LEFT);
        HBox.setHgrow(deskNote, Priority.ALWAYS);

        var accountsTitle = new Label(t.get("staff.accounts"));
        accountsTitle.getStyleClass().add("section-title");
        var desksTitle = new Label(t.get("staff.desks"));
        desksTitle.getStyleClass().add("section-title");
        var screen = new VBox(8, accountsTitle, actions, accounts, error, desksTitle, deskActions, desks);
        VBox.setVgrow(accounts, Priority.ALWAYS);
        desks.setPrefHeight(170);
        return screen;
    }

    private TableView<StaffMember> accountsTable() {
        var table = new TableView<>(model.accounts());
        table.setId("staffAccounts");
        table.setPlaceholder(new Label(t.get("staff.none")));
        table.getColumns().setAll(List.of(
                column("staff.field.username", StaffMember::username, 160),
                column("staff.field.displayName", StaffMember::displayName, 240),
                column("staff.field.role", m -> t.get("staff.role." + m.role()), 140),
                column("staff.column.state", m -> t.get(m.enabled() ? "staff.state.enabled" : "staff.state.disabled"),
                        140)));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        return table;
    }

    private TableView<RegisteredDesk> desksTable() {
        var table = new TableView<>(model.desks());
        table.setId("staffDesks");
        table.setPlaceholder(new Label(t.get("staff.desks.none")));
        table.getColumns().setAll(List.of(
                column("staff.desk.name", RegisteredDesk::name, 200),
                column("staff.desk.registered-by", RegisteredDesk::registeredBy, 140),
                column("staff.desk.last-seen", d -> d.lastSeenAt() == null ? t.get("never") : t.time(d.lastSeenAt()),
                        170),
                column("staff.column.state", d -> d.revoked() ? t.format("staff.desk.revoked", t.time(d.revokedAt()))
                        : t.get("staff.desk.active"), 200)));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        return table;
    }

    private void confirmEnable(StaffMember member) {
        boolean disable = member.enabled();
        if (confirm(disable ? "staff.disable.confirm" : "staff.enable.confirm", member.displayName(),
                member.username(), disable ? "staff.disable" : "staff.enable")) {
            model.setEnabled(member, !disable);
        }
    }

    private void confirmRevoke(RegisteredDesk desk) {
        if (confirm("staff.desk.revoke.confirm", desk.name(), desk.registeredBy(), "staff.desk.revoke")) {
            model.revoke(desk);
        }
    }

    private boolean confirm(String key, String name, String other, String actionKey) {
        var alert = new Alert(Alert.AlertType.CONFIRMATION);
        alert.initOwner(window);
        alert.setTitle(t.get("staff.title"));
        alert.setHeaderText(t.format(key, name, other));
        if (window != null && window.getScene() != null) {
            alert.getDialogPane().getStylesheets().setAll(window.getScene().getStylesheets());
        }
        var yes = new ButtonType(t.get(actionKey), ButtonBar.ButtonData.OK_DONE);
        alert.getButtonTypes().setAll(yes, new ButtonType(t.get("cancel"), ButtonBar.ButtonData.CANCEL_CLOSE));
        alert.getDialogPane().lookupButton(yes).setId("confirmOk");
        return alert.showAndWait().filter(yes::equals).isPresent();
    }

    private <S> TableColumn<S, String> column(String titleKey, Function<S, String> value, double width) {
        var column = new TableColumn<S, String>(t.get(titleKey));
        column.setCellValueFactory(cell -> new ReadOnlyStringWrapper(value.apply(cell.getValue())));
        column.setPrefWidth(width);
        return column;
    }

    private Button button(String id, String key, boolean danger) {
        var button = new Button(t.get(key));
        button.setId(id);
        if (danger) {
            button.getStyleClass().add("danger");
        }
        return button;
    }
}
