package gotohotel.desk.viewmodel;

import java.util.concurrent.Callable;
import java.util.function.Consumer;

/** Runs the work and its continuation at once on the calling thread: view-models test without a screen. */
public final class SameThreadExecutor implements UiExecutor {

    @Override
    public <T> void submit(Callable<T> work, Consumer<T> onSuccess, Consumer<Throwable> onFailure) {
        T result;
        try {
            result = work.call();
        } catch (Exception e) {
            onFailure.accept(e);
            return;
        }
        onSuccess.accept(result);
    }

    @Override
    public void onUi(Runnable action) {
        action.run();
    }
}
