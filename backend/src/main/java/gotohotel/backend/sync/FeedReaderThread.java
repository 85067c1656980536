package gotohotel.backend.sync;

/**
 * The thread that reads the changes feed for the desks. Whatever it reads, through JPA or JDBC, runs on the
 * {@link FeedPool}'s connections (see {@link FeedReaderRouting}).
 */
final class FeedReaderThread extends Thread {

    FeedReaderThread(Runnable work) {
        super(work, "sync-feed-reader");
        setDaemon(true);
    }

    static boolean current() {
        return Thread.currentThread() instanceof FeedReaderThread;
    }
}
