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
