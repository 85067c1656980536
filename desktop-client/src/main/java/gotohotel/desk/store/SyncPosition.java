package gotohotel.desk.store;

import java.time.Instant;
import java.util.UUID;

/**
 * Where this desk's sync stands: its stable id, the feed cursor (null: download everything), the last seq
 * the server acknowledged, the seq the next decision gets, and when a sync last succeeded.
 */
public record SyncPosition(UUID clientId, String cursor, long lastAckedSeq, long nextSeq, Instant lastSyncAt,
                           boolean fullResync) {
}
