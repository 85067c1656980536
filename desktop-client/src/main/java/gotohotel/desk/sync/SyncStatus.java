package gotohotel.desk.sync;

import gotohotel.desk.store.Conflict;
import java.time.Instant;
import java.util.List;

/**
 * What the desk's screens show about the sync: whether the server answers, whether the staff must sign in
 * again, how many decisions wait to be sent, when a sync last succeeded, the last error, the conflicts
 * not yet dismissed, and the last notice (a {@code ScreenText}, e.g. a full download after a restore, or null).
 * Immutable; a new one is published on every change.
 */
public record SyncStatus(boolean online, boolean signInRequired, long queued, Instant lastSyncAt, String lastError,
                         List<Conflict> conflicts, String notice) {

    public SyncStatus {
        conflicts = List.copyOf(conflicts);
    }
}
