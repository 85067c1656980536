package gotohotel.desk.store;

import static org.assertj.core.api.Assertions.assertThat;

import gotohotel.shared.api.StaffAccountState;
import gotohotel.shared.sync.ChangesPage;
import gotohotel.shared.sync.CommandType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The desk's identity from the server, a copied desk folder, the offline sign-in throttle and the forgetting of
 * stale password hashes, on a real SQLite file (issue 17, points 3, 4 and 7).
 */
class DeskIdentityTests {

    private static final Instant NOW = Instant.parse("2026-12-07T01:00:00Z");

    @TempDir
    Path directory;

    @Test
    void registeringTakesTheServersIdAndNumbersTheQueueFromOneUnderIt() {
        try (var store = DeskStore.open(directory.resolve("desk.db"))) {
            UUID reservation = UUID.randomUUID();
            store.applyDownload(null, new ChangesPage(List.of(DeskStoreTests.snapshot(reservation,
                    "PENDING_CONFIRMATION", 0)), "1", false), NOW);
            store.decide(reservation, CommandType.CONFIRM, "mina", null, NOW);
            store.decide(reservation, CommandType.CHECK_IN, "mina", null, NOW);
            store.restartFrom(6);   // numbered 7, 8 under the old identity
            UUID deskId = UUID.randomUUID();

            assertThat(store.deskSecret()).isEmpty();
            store.registered(deskId, "the-secret");

            assertThat(store.deskSecret()).contains("the-secret");
            assertThat(store.position().clientId()).isEqualTo(deskId);
            assertThat(store.nextBatch(10)).extracting(command -> command.seq()).containsExactly(1L, 2L);
            assertThat(store.position().nextSeq()).isEqualTo(3);
            assertThat(store.position().lastAckedSeq()).isZero();
        }
    }

    @Test
    void aDeskFolderOpenedAtAnotherPlaceForgetsItsIdentityButKeepsItsQueue() throws Exception {
        var original = new DeskHome(directory.resolve("original"));
        UUID reservation = UUID.randomUUID();
        try (var store = DeskStore.open(original)) {
            store.applyDownload(null, new ChangesPage(List.of(DeskStoreTests.snapshot(reservation,
                    "PENDING_CONFIRMATION", 0)), "1", false), NOW);
            store.registered(UUID.randomUUID(), "secret-of-the-original");
            store.decide(reservation, CommandType.CONFIRM, "mina", null, NOW);
        }
        try (var again = DeskStore.open(original)) {
            assertThat(again.deskSecret()).contains("secret-of-the-original");   // the same place: the same desk
        }
        var copy = new DeskHome(directory.resolve("copy"));
        Files.createDirectories(copy.directory());
        Files.copy(original.storeFile(), copy.storeFile());

        try (var copied = DeskStore.open(copy)) {
            assertThat(copied.deskSecret()).isEmpty();
            assertThat(copied.nextBatch(10)).hasSize(1);
        }
        try (var stillTheOriginal = DeskStore.open(original)) {
            assertThat(stillTheOriginal.deskSecret()).contains("secret-of-the-original");
        }
    }

    @Test
    void fiveWrongOfflineGuessesThenAGrowingWaitKeptAcrossAReopen() {
        var file = directory.resolve("desk.db");
        try (var store = DeskStore.open(file)) {
            for (int i = 0; i < 4; i++) {
                store.offlineSignInFailed("mina", NOW);
            }
            assertThat(store.offlineSignInWait("mina", NOW)).isZero();
            store.offlineSignInFailed("mina", NOW);
        }
        try (var store = DeskStore.open(file)) {
            assertThat(store.offlineSignInWait("mina", NOW)).isEqualTo(Duration.ofSeconds(30));
            assertThat(store.offlineSignInWait("mina", NOW.plusSeconds(30))).isZero();
            assertThat(store.offlineSignInWait("jun", NOW)).isZero();
            store.offlineSignInFailed("mina", NOW.plusSeconds(30));
            assertThat(store.offlineSignInWait("mina", NOW.plusSeconds(30))).isEqualTo(Duration.ofSeconds(60));
            store.offlineSignInsCleared("mina");
            assertThat(store.offlineSignInWait("mina", NOW.plusSeconds(30))).isZero();
        }
    }

    @Test
    void forgetsTheHashesOfDisabledAccountsAndOfPasswordsSetElsewhere() {
        try (var store = DeskStore.open(directory.resolve("desk.db"))) {
            Instant setAt = NOW.minusSeconds(3600);
            for (String name : List.of("mina", "jun", "leaver", "gone")) {
                store.remember(new StaffCredential(name, "PBKDF2WithHmacSHA256", 1, "c2FsdA==", "aGFzaA==", NOW,
                        setAt));
            }

            var forgotten = store.forgetStaleCredentials(List.of(
                    new StaffAccountState("mina", true, setAt),
                    new StaffAccountState("jun", true, NOW.minusSeconds(60)),
                    new StaffAccountState("leaver", false, setAt)));

            assertThat(forgotten).containsExactlyInAnyOrder("jun", "leaver", "gone");
            assertThat(store.credential("mina")).isPresent();
            assertThat(store.credential("jun")).isEmpty();
            assertThat(store.credential("leaver")).isEmpty();
        }
    }
}
