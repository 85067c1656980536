package gotohotel.desk.store;

import java.sql.SQLException;
import java.time.Instant;
import gotohotel.shared.api.StaffAccountState;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The desk's own rows: staff credential hashes and remembered settings. */
final class LocalRows {

    private LocalRows() {
    }

    static Optional<StaffCredential> credential(Sqlite db, String username) throws SQLException {
        return db.single("SELECT * FROM staff_credential WHERE username = ?", rows -> new StaffCredential(
                rows.getString("username"), rows.getString("algorithm"), rows.getInt("iterations"),
                rows.getString("salt"), rows.getString("hash"), Instant.parse(rows.getString("updated_at")),
                rows.getString("password_set_at") == null ? null : Instant.parse(rows.getString("password_set_at"))),
                username);
    }

    static void putCredential(Sqlite db, StaffCredential c) throws SQLException {
        db.update("""
                INSERT INTO staff_credential (username, algorithm, iterations, salt, hash, updated_at, password_set_at)
                VALUES (?, ?, ?, ?, ?, ?, ?)
                ON CONFLICT (username) DO UPDATE SET algorithm = excluded.algorithm,
                    iterations = excluded.iterations, salt = excluded.salt, hash = excluded.hash,
                    updated_at = excluded.updated_at, password_set_at = excluded.password_set_at""", c.username(),
                c.algorithm(), c.iterations(), c.salt(), c.hash(), c.updatedAt().toString(),
                c.passwordSetAt() == null ? null : c.passwordSetAt().toString());
    }

    static void deleteCredential(Sqlite db, String username) throws SQLException {
        db.update("DELETE FROM staff_credential WHERE username = ?", username);
    }

    /**
     * Forgets the kept hash of every person the server says may not sign in any more (disabled, or unknown to it) or
     * whose password was set after the desk kept it; returns who was forgotten.
     */
    static List<String> forgetStale(Sqlite db, Map<String, StaffAccountState> accounts) throws SQLException {
        var kept = db.query("SELECT username, updated_at, password_set_at FROM staff_credential",
                rows -> new String[] {rows.getString(1), rows.getString(2), rows.getString(3)});
        var forgotten = new ArrayList<String>();
        for (String[] credential : kept) {
            var state = accounts.get(credential[0]);
            Instant keptSince = Instant.parse(credential[2] != null ? credential[2] : credential[1]);
            if (state == null || !state.enabled()
                    || (state.passwordChangedAt() != null && state.passwordChangedAt().isAfter(keptSince))) {
                deleteCredential(db, credential[0]);
                forgotten.add(credential[0]);
            }
        }
        return forgotten;
    }

    static Optional<String> setting(Sqlite db, String name) throws SQLException {
        return db.single("SELECT value FROM desk_setting WHERE name = ?", rows -> rows.getString(1), name);
    }

    static void deleteSetting(Sqlite db, String name) throws SQLException {
        db.update("DELETE FROM desk_setting WHERE name = ?", name);
    }

    static void putSetting(Sqlite db, String name, String value) throws SQLException {
        db.update("""
                INSERT INTO desk_setting (name, value) VALUES (?, ?)
                ON CONFLICT (name) DO UPDATE SET value = excluded.value""", name, value);
    }
}
