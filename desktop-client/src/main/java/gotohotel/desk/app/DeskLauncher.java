package gotohotel.desk.app;

import javafx.application.Application;

/**
 * The desk's main class. JavaFX started from the class path needs a main class that is not the
 * {@link Application} itself.
 */
public final class DeskLauncher {

    private DeskLauncher() {
    }

    /** Opens the desk's store and starts reading the bookings while the JavaFX toolkit starts. */
    public static void main(String[] args) {
        DeskApp.preopen(DeskWindow.opening(DeskConfig.from(System.getenv(), System.getProperties())));
        Application.launch(DeskApp.class, args);
    }
}
