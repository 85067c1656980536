package gotohotel.desk.sync;

import gotohotel.desk.store.Conflict;
import java.time.Instant;
import java.util.List;

/**
 * What the desk's screens show about the sync: whether the server answers, whether the staff must sign in
 * again, how many decisions wait to be sent, when a sync last succeeded, the last error, and the conflicts
 * not yet dismissed. Immutable; a new one is published on every change.
 */
public record SyncStatus(boolean online, boolean signInRequired, long queued, Instant lastSyncAt, String lastError,
                         List<Conflict> conflicts) {

    public SyncStatus {
        conflicts = List.copyOf(conflicts);
    }
}
