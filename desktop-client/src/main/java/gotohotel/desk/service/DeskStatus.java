package gotohotel.desk.service;

import java.time.Instant;
import java.util.List;

/**
 * The sync as the status bar shows it. {@code lastError} is the sync layer's own sentence, or null; with no error it
 * carries the sync's last notice (a full download after a restore), if any.
 */
public record DeskStatus(boolean online, boolean signInRequired, long queued, Instant lastSyncAt, String lastError,
                         List<ConflictNote> conflicts) {

    public DeskStatus {
        conflicts = List.copyOf(conflicts);
    }

    public static DeskStatus offline(long queued, Instant lastSyncAt) {
        return new DeskStatus(false, false, queued, lastSyncAt, null, List.of());
    }
}
