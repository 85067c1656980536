package gotohotel.desk.sync;

import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;

/** A doorbell for a sync loop: a ring while it is busy is not lost, it wakes the next wait at once. */
final class Wakeup {

    private final ReentrantLock lock = new ReentrantLock();
    private final Condition rung = lock.newCondition();
    private boolean pending;

    void ring() {
        lock.lock();
        try {
            pending = true;
            rung.signalAll();
        } finally {
            lock.unlock();
        }
    }

    /** Waits until rung or the time is up; true when rung. */
    boolean await(Duration atMost) throws InterruptedException {
        lock.lock();
        try {
            long nanos = atMost.toNanos();
            while (!pending && nanos > 0) {
                nanos = rung.awaitNanos(nanos);
            }
            boolean wasRung = pending;
            pending = false;
            return wasRung;
        } finally {
            lock.unlock();
        }
    }
}
