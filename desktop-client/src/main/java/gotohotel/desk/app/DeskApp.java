package gotohotel.desk.app;

import java.util.concurrent.CompletableFuture;
import javafx.application.Application;
import javafx.stage.Stage;

/** The JavaFX application: one desk window configured from the environment. */
public final class DeskApp extends Application {

    /** Opened by {@link DeskLauncher} before the toolkit starts (an Application gets no constructor arguments). */
    private static volatile CompletableFuture<DeskWindow> preopened;

    private DeskWindow window;

    static void preopen(CompletableFuture<DeskWindow> opening) {
        preopened = opening;
    }

    /** Waits for the store the launcher began opening (it fails the start, as opening it here would). */
    @Override
    public void init() {
        window = preopened != null ? preopened.join() : DeskWindow.open(DeskConfig.from(System.getenv(), System.getProperties()));
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
