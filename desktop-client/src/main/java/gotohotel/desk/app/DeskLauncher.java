package gotohotel.desk.app;

import javafx.application.Application;

/**
 * The desk's main class. JavaFX started from the class path needs a main class that is not the
 * {@link Application} itself.
 */
public final class DeskLauncher {

    private DeskLauncher() {
    }

    public static void main(String[] args) {
        Application.launch(DeskApp.class, args);
    }
}
