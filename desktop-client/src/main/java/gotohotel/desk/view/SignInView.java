package gotohotel.desk.view;

import gotohotel.desk.service.AccessService;
import gotohotel.desk.viewmodel.SignInViewModel;
import java.util.function.Consumer;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

/** The sign-in card: server address, user name, password. */
public final class SignInView {

    private SignInView() {
    }

    public static Parent build(SignInViewModel model, Texts t, Consumer<AccessService.Mode> opened,
                               Parent languagePicker) {
        var title = new Label(t.get("app.title"));
        title.getStyleClass().add("signin-title");
        var subtitle = new Label(t.get("signin.subtitle"));
        subtitle.getStyleClass().add("muted");

        var server = new TextField();
        server.setId("server");
        server.textProperty().bindBidirectional(model.serverProperty());
        var username = new TextField();
        username.setId("username");
        username.textProperty().bindBidirectional(model.usernameProperty());
        var password = new PasswordField();
        password.setId("password");
        password.textProperty().bindBidirectional(model.passwordProperty());

        var form = new GridPane();
        form.setHgap(12);
        form.setVgap(10);
        form.addRow(0, new Label(t.get("signin.server")), server);
        form.addRow(1, new Label(t.get("signin.username")), username);
        form.addRow(2, new Label(t.get("signin.password")), password);
        server.setPrefColumnCount(22);

        var error = new Label();
        error.setId("signInError");
        error.getStyleClass().add("error-text");
        error.setWrapText(true);
        error.textProperty().bind(model.errorProperty().map(t::say).orElse(""));

        var signIn = new Button(t.get("signin.button"));
        signIn.setId("signIn");
        signIn.setDefaultButton(true);
        signIn.disableProperty().bind(model.cannotSignIn());
        signIn.setOnAction(e -> model.signIn(opened));
        var spinner = new ProgressIndicator();
        spinner.setPrefSize(18, 18);
        spinner.visibleProperty().bind(model.busyProperty());
        var actions = new HBox(10, spinner, signIn);
        actions.setAlignment(Pos.CENTER_RIGHT);

        var hint = new Label(t.get("signin.offline-hint"));
        hint.getStyleClass().add("muted");
        hint.setWrapText(true);

        var card = new VBox(14, title, subtitle, form, error, actions, hint, languagePicker);
        card.getStyleClass().add("card");
        card.setPadding(new Insets(28));
        card.setMaxSize(460, Region.USE_PREF_SIZE);
        var root = new StackPane(card);
        root.getStyleClass().add("signin-root");
        model.recall();
        return root;
    }
}
