package gotohotel.desk.app;

import gotohotel.desk.viewmodel.UiExecutor;
import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.function.Consumer;
import javafx.animation.PauseTransition;
import javafx.application.Platform;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Runs the view-models' work on a background pool and hands results to the FX thread. */
final class FxUiExecutor implements UiExecutor {

    private static final Logger log = LoggerFactory.getLogger(FxUiExecutor.class);

    private final ExecutorService background;
    private final CountDownLatch fxStarted = new CountDownLatch(1);

    FxUiExecutor(ExecutorService background) {
        this.background = background;
    }

    /** The FX toolkit runs: results may be handed over now (work may start before, e.g. in main). */
    void fxStarted() {
        fxStarted.countDown();
    }

    private void later(Runnable action) {
        try {
            fxStarted.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return;
        }
        Platform.runLater(action);
    }

    @Override
    public <T> void submit(Callable<T> work, Consumer<T> onSuccess, Consumer<Throwable> onFailure) {
        if (background.isShutdown()) {
            // the window closed: a timer that was still running (the rack read a moment after a change) asks too late
            log.debug("The desk window is closed: background work not started");
            return;
        }
        background.execute(() -> {
            try {
                T result = work.call();
                later(() -> onSuccess.accept(result));
            } catch (Exception | Error e) {
                log.debug("Background work failed", e);
                later(() -> onFailure.accept(e));
            }
        });
    }

    @Override
    public void after(Duration delay, Runnable action) {
        if (delay.isZero() || delay.isNegative()) {
            onUi(action);
            return;
        }
        onUi(() -> {
            var pause = new PauseTransition(javafx.util.Duration.millis(delay.toMillis()));
            pause.setOnFinished(done -> action.run());
            pause.play();
        });
    }

    @Override
    public void onUi(Runnable action) {
        if (fxStarted.getCount() == 0 && Platform.isFxApplicationThread()) {
            action.run();
        } else if (fxStarted.getCount() == 0) {
            Platform.runLater(action);   // in the order given: a status must never overtake a newer one
        } else {
            background.execute(() -> later(action));
        }
    }
}
