package gotohotel.desk.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Objects;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sqlite.SQLiteDataSource;

class SqliteTests {

    @TempDir
    Path home;

    @Test
    void knowsTheNewestMigrationItShips() throws IOException, URISyntaxException {
        var folder = Path.of(Objects.requireNonNull(getClass().getResource("/db/desk")).toURI());
        try (var files = Files.list(folder)) {
            String newest = files.map(file -> file.getFileName().toString())
                    .filter(name -> name.matches("V[0-9_]+__.*\\.sql"))
                    .map(name -> name.substring(1, name.indexOf("__")).replace('_', '.'))
                    .max(Comparator.comparing(org.flywaydb.core.api.MigrationVersion::fromVersion))
                    .orElseThrow();
            assertThat(Sqlite.SCHEMA_VERSION).as("Sqlite.SCHEMA_VERSION, the newest db/desk migration").isEqualTo(newest);
        }
    }

    @Test
    void migratesAStoreAnOlderDeskLeft() throws Exception {
        Path file = home.resolve("desk.db");
        var dataSource = new SQLiteDataSource();
        dataSource.setUrl("jdbc:sqlite:" + file);
        Flyway.configure().dataSource(dataSource).locations("classpath:db/desk").target("1").load().migrate();

        try (var store = DeskStore.open(file)) {
            assertThat(store.credential("nobody")).isEmpty();   // a table of migration 2
        }
        try (var connection = dataSource.getConnection(); var statement = connection.createStatement();
             var rows = statement.executeQuery("SELECT max(version) FROM flyway_schema_history")) {
            assertThat(rows.next()).isTrue();
            assertThat(rows.getString(1)).isEqualTo(Sqlite.SCHEMA_VERSION);
        }
    }

    @Test
    void theRoomsMigrationKeepsTheQueueAndTheConflictsOfAStoreFromBeforeRooms() throws Exception {
        Path file = home.resolve("desk.db");
        var dataSource = new SQLiteDataSource();
        dataSource.setUrl("jdbc:sqlite:" + file);
        Flyway.configure().dataSource(dataSource).locations("classpath:db/desk").target("3").load().migrate();
        try (var connection = dataSource.getConnection(); var statement = connection.createStatement()) {
            statement.executeUpdate("""
                    INSERT INTO pending_command (command_id, seq, type, reservation_id, expected_version, issued_at,
                        staff) VALUES ('6f1c1a52-0000-4000-8000-000000000001', 4, 'CONFIRM',
                        '6f1c1a52-0000-4000-8000-0000000000a1', 2, '2026-12-01T10:00:00Z', 'Mina')""");
            statement.executeUpdate("""
                    INSERT INTO conflict (command_id, reservation_id, type, outcome, message, occurred_at)
                    VALUES ('6f1c1a52-0000-4000-8000-000000000000', '6f1c1a52-0000-4000-8000-0000000000a0',
                        'CHECK_IN', 'CONFLICT', 'cancelled', '2026-12-01T09:00:00Z')""");
        }

        try (var store = DeskStore.open(file)) {
            assertThat(store.nextBatch(10)).singleElement().satisfies(c -> {
                assertThat(c.seq()).isEqualTo(4);
                assertThat(c.room()).isNull();
            });
            assertThat(store.conflicts()).singleElement().satisfies(c -> assertThat(c.room()).isNull());
            assertThat(store.rooms()).isEmpty();
        }
    }

    @Test
    void opensACurrentStoreAgainWithItsData() throws Exception {
        Path file = home.resolve("desk.db");
        try (var store = DeskStore.open(file)) {
            store.putSetting("language", "ko");
        }
        try (var store = DeskStore.open(file)) {
            assertThat(store.setting("language")).contains("ko");
        }
    }
}
