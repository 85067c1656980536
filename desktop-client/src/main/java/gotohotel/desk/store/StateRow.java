package gotohotel.desk.store;

import java.sql.SQLException;
import java.time.Instant;
import java.util.UUID;

/** The one row saying where the sync stands; created with a new client id the first time the store opens. */
final class StateRow {

    private StateRow() {
    }

    static SyncPosition read(Sqlite db) throws SQLException {
        return db.single("SELECT * FROM sync_state WHERE id = 1", rows -> {
            String lastSync = rows.getString("last_sync_at");
            return new SyncPosition(UUID.fromString(rows.getString("client_id")), rows.getString("cursor"),
                    rows.getLong("last_acked_seq"), rows.getLong("next_seq"),
                    lastSync == null ? null : Instant.parse(lastSync), rows.getInt("full_resync") == 1);
        }).orElseThrow(() -> new IllegalStateException("the desk store has no sync state"));
    }

    static void createIfMissing(Sqlite db) throws SQLException {
        db.update("""
                INSERT INTO sync_state (id, client_id, cursor, last_acked_seq, next_seq, last_sync_at, full_resync)
                VALUES (1, ?, NULL, 0, 1, NULL, 0) ON CONFLICT (id) DO NOTHING""", UUID.randomUUID().toString());
    }

    static long takeNextSeq(Sqlite db) throws SQLException {
        long seq = read(db).nextSeq();
        db.update("UPDATE sync_state SET next_seq = ? WHERE id = 1", seq + 1);
        return seq;
    }

    static void acknowledged(Sqlite db, long seq, Instant now) throws SQLException {
        db.update("UPDATE sync_state SET last_acked_seq = max(last_acked_seq, ?), last_sync_at = ? WHERE id = 1", seq,
                now.toString());
    }

    static void downloaded(Sqlite db, String cursor, boolean complete, Instant now) throws SQLException {
        db.update("""
                UPDATE sync_state SET cursor = ?, last_sync_at = ?,
                    full_resync = CASE WHEN ? THEN 0 ELSE full_resync END WHERE id = 1""", cursor, now.toString(),
                complete);
    }

    /** The server's feed does not hold the cursor: download everything again, the server's snapshots winning. */
    static void resyncFeed(Sqlite db) throws SQLException {
        db.update("UPDATE sync_state SET cursor = NULL, full_resync = 1 WHERE id = 1");
    }

    /** The server holds this desk's commands only up to {@code lastSeq}: start again from there, fully. */
    static void restartFrom(Sqlite db, long lastSeq, long nextSeq) throws SQLException {
        db.update("""
                UPDATE sync_state SET cursor = NULL, full_resync = 1, last_acked_seq = ?, next_seq = ?
                WHERE id = 1""", lastSeq, nextSeq);
    }
}
