package gotohotel.desk.app;

import static org.assertj.core.api.Assertions.assertThatCode;

import java.util.concurrent.Executors;
import org.junit.jupiter.api.Test;

/** The screens' executor once the window closed: timers still running ask for work, which is not started. */
class FxUiExecutorTests {

    @Test
    void workAskedForAfterTheWindowClosedIsNotStarted() {
        var background = Executors.newCachedThreadPool();
        var ui = new FxUiExecutor(background);
        background.shutdown();

        assertThatCode(() -> ui.submit(() -> {
            throw new AssertionError("started");
        }, result -> { }, failure -> { })).doesNotThrowAnyException();
    }
}
