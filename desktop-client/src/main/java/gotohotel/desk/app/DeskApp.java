package gotohotel.desk.app;

import javafx.application.Application;
import javafx.stage.Stage;

/** The JavaFX application: one desk window configured from the environment. */
public final class DeskApp extends Application {

    private DeskWindow window;

    @Override
    public void init() {
        window = DeskWindow.open(DeskConfig.from(System.getenv()));
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
