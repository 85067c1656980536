package gotohotel.desk.app;

import gotohotel.desk.viewmodel.UiExecutor;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.function.Consumer;
import javafx.application.Platform;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Runs the view-models' work on a background pool and hands results to the FX thread. */
final class FxUiExecutor implements UiExecutor {

    private static final Logger log = LoggerFactory.getLogger(FxUiExecutor.class);

    private final ExecutorService background;

    FxUiExecutor(ExecutorService background) {
        this.background = background;
    }

    @Override
    public <T> void submit(Callable<T> work, Consumer<T> onSuccess, Consumer<Throwable> onFailure) {
        background.execute(() -> {
            try {
                T result = work.call();
                Platform.runLater(() -> onSuccess.accept(result));
            } catch (Exception | Error e) {
                log.debug("Background work failed", e);
                Platform.runLater(() -> onFailure.accept(e));
            }
        });
    }

    @Override
    public void onUi(Runnable action) {
        if (Platform.isFxApplicationThread()) {
            action.run();
        } else {
            Platform.runLater(action);
        }
    }
}
