package gotohotel.desk.viewmodel;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.Consumer;

/**
 * Runs the work and its continuation at once on the calling thread: view-models test without a screen. What is
 * to run after a delay waits for {@link #elapse} (nothing runs by itself later).
 */
public final class SameThreadExecutor implements UiExecutor {

    private final List<Delayed> delayed = new ArrayList<>();
    private Duration now = Duration.ZERO;

    private record Delayed(Duration due, Runnable action) {
    }

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

    @Override
    public void after(Duration delay, Runnable action) {
        delayed.add(new Delayed(now.plus(delay), action));
    }

    /** Lets {@code time} pass: what was due by then runs, in the order it was due. */
    public void elapse(Duration time) {
        now = now.plus(time);
        List<Delayed> due;
        while (!(due = delayed.stream().filter(d -> d.due().compareTo(now) <= 0).toList()).isEmpty()) {
            var first = due.stream().min((a, b) -> a.due().compareTo(b.due())).orElseThrow();
            delayed.remove(first);
            first.action().run();
        }
    }
}
