package gotohotel.desk.sync;

/** Told of every new sync status, on a sync thread: a screen hands it over to its own UI thread. */
@FunctionalInterface
public interface SyncListener {

    void changed(SyncStatus status);
}
