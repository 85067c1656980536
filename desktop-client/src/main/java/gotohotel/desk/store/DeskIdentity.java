package gotohotel.desk.store;

import java.sql.SQLException;
import java.util.Optional;
import java.util.UUID;

/**
 * The desk's identity as the server gave it (decision 38), kept in the one sync-state row: registering takes the
 * server's desk id and numbers the queue from 1 again under it; forgetting it (the server does not know the desk, or
 * another computer used its numbers, or the store was opened elsewhere) makes the next sync register anew.
 */
final class DeskIdentity {

    private DeskIdentity() {
    }

    static Optional<String> secret(Sqlite db) throws SQLException {
        return db.single("SELECT desk_secret FROM sync_state WHERE id = 1 AND desk_secret IS NOT NULL",
                rows -> rows.getString(1));
    }

    static boolean revoked(Sqlite db) throws SQLException {
        return db.single("SELECT revoked FROM sync_state WHERE id = 1", rows -> rows.getInt(1) == 1).orElse(false);
    }

    /** Takes the server's id and secret; the queue is numbered from 1 under the new id, the cursor kept. */
    static void registered(Sqlite db, UUID deskId, String secret) throws SQLException {
        long next = CommandRows.renumberFrom(db, 1);
        db.update("""
                UPDATE sync_state SET client_id = ?, desk_secret = ?, revoked = 0, last_acked_seq = 0, next_seq = ?
                WHERE id = 1""", deskId.toString(), secret, next);
    }

    static void forget(Sqlite db) throws SQLException {
        db.update("UPDATE sync_state SET desk_secret = NULL, revoked = 0 WHERE id = 1");
    }

    static void markRevoked(Sqlite db) throws SQLException {
        db.update("UPDATE sync_state SET revoked = 1 WHERE id = 1");
    }

    /**
     * Whether the store was last opened at another computer or folder (a copy): then its identity is forgotten. A
     * store never opened with a fingerprint (new, or from before) just takes this one.
     */
    static boolean openedAt(Sqlite db, String fingerprint) throws SQLException {
        var kept = db.single("SELECT coalesce(home_fingerprint, '') FROM sync_state WHERE id = 1",
                rows -> rows.getString(1)).orElse("");
        boolean moved = !kept.isEmpty() && !kept.equals(fingerprint);
        if (moved) {
            forget(db);
        }
        db.update("UPDATE sync_state SET home_fingerprint = ? WHERE id = 1", fingerprint);
        return moved;
    }
}
