package gotohotel.desk.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

/** The desk's directory and store are its owner's only, also when they existed before, open to others. */
@EnabledOnOs({OS.LINUX, OS.MAC})
class DeskHomeTests {

    @TempDir
    Path parent;

    @Test
    void aNewHomeAndStoreAreTheOwnersOnly() throws Exception {
        var home = new DeskHome(parent.resolve("desk"));

        try (var store = DeskStore.open(home)) {
            store.position();
        }

        assertThat(permissions(home.directory())).isEqualTo("rwx------");
        assertThat(permissions(home.storeFile())).isEqualTo("rw-------");
    }

    @Test
    void anExistingHomeOpenToOthersIsTightenedWithItsStoreAndJournal() throws Exception {
        var home = new DeskHome(Files.createDirectories(parent.resolve("desk"),
                PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwxr-xr-x"))));
        try (var store = DeskStore.open(home.storeFile())) {   // as an older desk made it: the process umask
            store.position();
        }
        Files.setPosixFilePermissions(home.storeFile(), PosixFilePermissions.fromString("rw-r--r--"));
        Path wal = home.directory().resolve("desk.db-wal");

        try (var store = DeskStore.open(home)) {
            store.position();
            assertThat(wal).as("the store writes ahead").exists();
            assertThat(permissions(wal)).as("SQLite gives its journal the store's permissions").isEqualTo("rw-------");
        }

        assertThat(permissions(home.directory())).isEqualTo("rwx------");
        assertThat(permissions(home.storeFile())).isEqualTo("rw-------");
    }

    private static String permissions(Path path) throws Exception {
        return PosixFilePermissions.toString(Files.getPosixFilePermissions(path));
    }
}
