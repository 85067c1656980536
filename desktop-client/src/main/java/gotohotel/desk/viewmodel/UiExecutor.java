package gotohotel.desk.viewmodel;

import java.util.concurrent.Callable;
import java.util.function.Consumer;

/** Runs blocking work off the UI thread and hands its result (or failure) back on the UI thread. */
public interface UiExecutor {

    <T> void submit(Callable<T> work, Consumer<T> onSuccess, Consumer<Throwable> onFailure);

    /** Runs on the UI thread (later, when called from another thread). */
    void onUi(Runnable action);
}
