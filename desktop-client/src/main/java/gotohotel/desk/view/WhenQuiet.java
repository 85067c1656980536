package gotohotel.desk.view;

import java.time.Duration;
import javafx.animation.PauseTransition;
import javafx.event.EventHandler;
import javafx.scene.Scene;
import javafx.scene.input.InputEvent;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseEvent;
import javafx.scene.input.ScrollEvent;

/**
 * Runs work for later once staff have left the window alone for a while: no key, click, drag or scroll in it. Work
 * that holds the FX thread for a moment goes there, not between two keystrokes. FX thread only.
 */
final class WhenQuiet {

    private WhenQuiet() {
    }

    /** Runs {@code action} once nothing was typed, clicked or scrolled in {@code scene} for {@code quiet}. */
    static void run(Scene scene, Duration quiet, Runnable action) {
        var pause = new PauseTransition(javafx.util.Duration.millis(quiet.toMillis()));
        EventHandler<InputEvent> busy = e -> {
            if (e instanceof KeyEvent || e instanceof ScrollEvent || e.getEventType() == MouseEvent.MOUSE_PRESSED
                    || e.getEventType() == MouseEvent.MOUSE_DRAGGED) {
                pause.playFromStart();
            }
        };
        scene.addEventFilter(InputEvent.ANY, busy);
        pause.setOnFinished(e -> {
            scene.removeEventFilter(InputEvent.ANY, busy);
            action.run();
        });
        pause.play();
    }
}
