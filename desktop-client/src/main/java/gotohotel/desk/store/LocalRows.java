package gotohotel.desk.store;

import java.sql.SQLException;
import java.time.Instant;
import java.util.Optional;

/** The desk's own rows: staff credential hashes and remembered settings. */
final class LocalRows {

    private LocalRows() {
    }

    static Optional<StaffCredential> credential(Sqlite db, String username) throws SQLException {
        return db.single("SELECT * FROM staff_credential WHERE username = ?", rows -> new StaffCredential(
                rows.getString("username"), rows.getString("algorithm"), rows.getInt("iterations"),
                rows.getString("salt"), rows.getString("hash"), Instant.parse(rows.getString("updated_at"))),
                username);
    }

    static void putCredential(Sqlite db, StaffCredential c) throws SQLException {
        db.update("""
                INSERT INTO staff_credential (username, algorithm, iterations, salt, hash, updated_at)
                VALUES (?, ?, ?, ?, ?, ?)
                ON CONFLICT (username) DO UPDATE SET algorithm = excluded.algorithm,
                    iterations = excluded.iterations, salt = excluded.salt, hash = excluded.hash,
                    updated_at = excluded.updated_at""", c.username(), c.algorithm(), c.iterations(), c.salt(),
                c.hash(), c.updatedAt().toString());
    }

    static void deleteCredential(Sqlite db, String username) throws SQLException {
        db.update("DELETE FROM staff_credential WHERE username = ?", username);
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
