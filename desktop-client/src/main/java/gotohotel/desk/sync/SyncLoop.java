package gotohotel.desk.sync;

import gotohotel.desk.text.ScreenText;
import java.util.concurrent.CountDownLatch;
import java.util.function.BooleanSupplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Runs a step again and again while the engine runs; an unexpected failure is logged and shown, not fatal. */
final class SyncLoop implements Runnable {

    interface Step {
        void step() throws InterruptedException;
    }

    private static final Logger log = LoggerFactory.getLogger(SyncLoop.class);

    private final String name;
    private final Step step;
    private final BooleanSupplier running;
    private final StatusBoard board;
    private final Backoff backoff;
    private final Wakeup wakeup;
    private final CountDownLatch stopped;

    SyncLoop(String name, Step step, BooleanSupplier running, StatusBoard board, LoopPace pace,
             CountDownLatch stopped) {
        this.name = name;
        this.step = step;
        this.running = running;
        this.board = board;
        this.backoff = pace.backoff();
        this.wakeup = pace.wakeup();
        this.stopped = stopped;
    }

    @Override
    public void run() {
        try {
            while (running.getAsBoolean()) {
                try {
                    step.step();
                } catch (RuntimeException e) {
                    if (!running.getAsBoolean()) {
                        log.debug("The {} loop failed while the desk closes (its store may be closed already)", name, e);
                        break;
                    }
                    log.error("The {} loop failed; trying again", name, e);
                    try {
                        board.error(ScreenText.of("sync.error.failed",
                                e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage()));
                    } catch (RuntimeException notShown) {
                        log.warn("Could not show the {} loop's failure", name, notShown);
                    }
                    wakeup.await(backoff.next());
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            stopped.countDown();
        }
    }
}
