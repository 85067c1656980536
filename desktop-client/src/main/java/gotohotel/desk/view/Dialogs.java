package gotohotel.desk.view;

import java.util.Optional;
import javafx.scene.Node;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextFormatter;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

/** The reject dialog (a reason is required) and the sign-in-again dialog. */
final class Dialogs {

    private Dialogs() {
    }

    /** Asks why the reservation is rejected; OK stays disabled until a reason is written. */
    /** The longest reason the server takes (the store refuses longer ones too). */
    private static final int MAX_REASON = 500;

    static Optional<String> rejectReason(Window owner, Texts t, String guest) {
        var dialog = new Dialog<String>();
        dialog.initOwner(owner);
        dialog.setTitle(t.get("reject.title"));
        dialog.setHeaderText(t.format("reject.header", guest));
        var reason = new TextArea();
        reason.setId("reason");
        reason.setPrefRowCount(3);
        reason.setWrapText(true);
        reason.setPromptText(t.get("reject.prompt"));
        reason.setTextFormatter(new TextFormatter<String>(change ->
                change.getControlNewText().length() <= MAX_REASON ? change : null));
        var hint = new Label(t.get("reject.required"));
        hint.setId("reasonRequired");
        hint.getStyleClass().add("muted");
        dialog.getDialogPane().setContent(new VBox(8, reason, hint));
        var reject = new ButtonType(t.get("decision.REJECT"), ButtonBar.ButtonData.OK_DONE);
        dialog.getDialogPane().getButtonTypes().setAll(reject, cancel(t));
        Node ok = dialog.getDialogPane().lookupButton(reject);
        ok.setId("rejectOk");
        ok.disableProperty().bind(reason.textProperty().map(text -> text.isBlank()));
        dialog.setResultConverter(button -> button == reject ? reason.getText().strip() : null);
        dialog.setOnShown(e -> reason.requestFocus());
        return dialog.showAndWait();
    }

    static Optional<String> password(Window owner, Texts t, String user, String problem) {
        var dialog = new Dialog<String>();
        dialog.initOwner(owner);
        dialog.setTitle(t.get("again.title"));
        dialog.setHeaderText(t.format("again.header", user == null ? "" : user));
        var password = new PasswordField();
        password.setId("againPassword");
        var error = new Label(problem == null ? "" : t.say(problem));
        error.getStyleClass().add("error-text");
        dialog.getDialogPane().setContent(new VBox(8, new Label(t.get("signin.password")), password, error));
        var ok = new ButtonType(t.get("signin.button"), ButtonBar.ButtonData.OK_DONE);
        dialog.getDialogPane().getButtonTypes().setAll(ok, cancel(t));
        dialog.getDialogPane().lookupButton(ok).setId("againOk");
        dialog.setResultConverter(button -> button == ok ? password.getText() : null);
        dialog.setOnShown(e -> password.requestFocus());
        return dialog.showAndWait();
    }

    private static ButtonType cancel(Texts t) {
        return new ButtonType(t.get("cancel"), ButtonBar.ButtonData.CANCEL_CLOSE);
    }
}
