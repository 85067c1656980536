package gotohotel.desk.viewmodel;

import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.function.Consumer;

/** Runs blocking work off the UI thread and hands its result (or failure) back on the UI thread. */
public interface UiExecutor {

    <T> void submit(Callable<T> work, Consumer<T> onSuccess, Consumer<Throwable> onFailure);

    /** Runs on the UI thread (later, when called from another thread). */
    void onUi(Runnable action);

    /** Runs on the UI thread once {@code delay} has passed (a pause staff would notice, not a timeout of work). */
    void after(Duration delay, Runnable action);
}
