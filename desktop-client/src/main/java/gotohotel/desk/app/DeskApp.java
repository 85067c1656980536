package gotohotel.desk.app;

import javafx.application.Application;
import javafx.stage.Stage;

/** The JavaFX application: one desk window configured from the environment. */
public final class DeskApp extends Application {

    /** Opened by {@link DeskLauncher} before the toolkit starts (an Application gets no constructor arguments). */
    private static volatile DeskWindow preopened;

    private DeskWindow window;

    static void preopen(DeskWindow window) {
        preopened = window;
    }

    @Override
    public void init() {
        window = preopened != null ? preopened : DeskWindow.open(DeskConfig.from(System.getenv()));
    }

    @Override
    public void start(Stage stage) {
        window.show(stage);
    }

    @Override
    public void stop() {
        if (window != null) {
            window.close();
        }
    }
}
