package gotohotel.desk.viewmodel;

import gotohotel.desk.service.AccessService;
import gotohotel.desk.service.SignInFailedException;
import java.util.function.Consumer;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/** The sign-in form: server address (remembered), user name (remembered), password (never kept). */
public final class SignInViewModel {

    private final AccessService access;
    private final UiExecutor ui;
    private final StringProperty server = new SimpleStringProperty("");
    private final StringProperty username = new SimpleStringProperty("");
    private final StringProperty password = new SimpleStringProperty("");
    private final BooleanProperty busy = new SimpleBooleanProperty();
    private final StringProperty error = new SimpleStringProperty();
    private final boolean serverGiven;

    /**
     * @param server      the address offered
     * @param serverGiven whether it was set for this start (it then wins over the remembered one)
     */
    public SignInViewModel(AccessService access, UiExecutor ui, String server, boolean serverGiven) {
        this.access = access;
        this.ui = ui;
        this.server.set(server);
        this.serverGiven = serverGiven;
    }

    /** Fills in the remembered server address (unless one was set for this start) and user name. */
    public void recall() {
        ui.submit(() -> new String[] {access.rememberedServer().orElse(null), access.rememberedUsername().orElse(null)},
                remembered -> {
                    if (remembered[0] != null && !serverGiven) {
                        server.set(remembered[0]);
                    }
                    if (remembered[1] != null && username.get().isBlank()) {
                        username.set(remembered[1]);
                    }
                }, failure -> { });
    }

    public BooleanBinding cannotSignIn() {
        return Bindings.createBooleanBinding(() -> busy.get() || server.get().isBlank() || username.get().isBlank()
                || password.get().isEmpty(), busy, server, username, password);
    }

    /** Signs in in the background; {@code opened} gets the mode on success, the password field is cleared. */
    public void signIn(Consumer<AccessService.Mode> opened) {
        if (cannotSignIn().get()) {
            return;
        }
        busy.set(true);
        error.set(null);
        String secret = password.get();
        ui.submit(() -> access.signIn(server.get(), username.get(), secret), mode -> {
            busy.set(false);
            password.set("");
            opened.accept(mode);
        }, failure -> {
            busy.set(false);
            password.set("");
            error.set(failure instanceof SignInFailedException refused ? refused.screenText() : failure.getMessage());
        });
    }

    public StringProperty serverProperty() {
        return server;
    }

    public StringProperty usernameProperty() {
        return username;
    }

    public StringProperty passwordProperty() {
        return password;
    }

    public BooleanProperty busyProperty() {
        return busy;
    }

    /**
     * A bundle key ({@code signin.error.*}, with its values as a {@link gotohotel.desk.text.ScreenText}) or a
     * sentence; null when nothing went wrong.
     */
    public StringProperty errorProperty() {
        return error;
    }
}
