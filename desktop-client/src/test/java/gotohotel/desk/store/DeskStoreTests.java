package gotohotel.desk.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import gotohotel.shared.sync.ChangesPage;
import gotohotel.shared.sync.CommandOutcome;
import gotohotel.shared.sync.CommandResult;
import gotohotel.shared.sync.CommandType;
import gotohotel.shared.sync.ReservationSnapshot;
import gotohotel.shared.sync.SyncCommand;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The desk's store on a real SQLite file. */
class DeskStoreTests {

    private static final Instant NOW = Instant.parse("2026-11-25T10:00:00Z");

    @TempDir
    Path directory;

    private Path file;
    private DeskStore store;
    private final UUID alice = UUID.randomUUID();
    private final UUID bob = UUID.randomUUID();

    @BeforeEach
    void open() {
        file = directory.resolve("desk.db");
        store = DeskStore.open(file);
        store.applyDownload(null, new ChangesPage(List.of(snapshot(alice, "PENDING_CONFIRMATION", 1),
                snapshot(bob, "PENDING_CONFIRMATION", 1)), "7", false), NOW);
    }

    @AfterEach
    void close() {
        store.close();
    }

    @Test
    void keepsTheDecisionAndItsQueuedCommandAcrossAReopen() {
        var command = store.decide(alice, CommandType.CONFIRM, "Mina", null, NOW);
        store.close();
        store = DeskStore.open(file);

        assertThat(store.reservation(alice).orElseThrow().localStatus()).isEqualTo("CONFIRMED");
        assertThat(store.nextBatch(10)).containsExactly(command);
        assertThat(command.seq()).isEqualTo(1);
        assertThat(command.expectedVersion()).isEqualTo(1);
        assertThat(store.position().nextSeq()).isEqualTo(2);
    }

    @Test
    void keepsTheSameClientIdForever() {
        UUID clientId = store.position().clientId();
        store.close();
        store = DeskStore.open(file);

        assertThat(store.position().clientId()).isEqualTo(clientId);
        assertThat(store.position().cursor()).isEqualTo("7");
    }

    @Test
    void refusesADecisionTheShownStatusDoesNotAllowAndWritesNothing() {
        assertThatThrownBy(() -> store.decide(alice, CommandType.CHECK_IN, "Mina", null, NOW))
                .isInstanceOf(DecisionNotQueuedException.class).hasMessageContaining("pending confirmation");
        assertThatThrownBy(() -> store.decide(alice, CommandType.REJECT, "Mina", " ", NOW))
                .isInstanceOf(DecisionNotQueuedException.class).hasMessageContaining("reason");
        // what the server would refuse as malformed never enters the queue (it would hold every later decision)
        assertThatThrownBy(() -> store.decide(alice, CommandType.REJECT, "Mina", "x".repeat(501), NOW))
                .isInstanceOf(DecisionNotQueuedException.class).hasMessageContaining("500");
        assertThatThrownBy(() -> store.decide(alice, CommandType.CONFIRM, "M".repeat(101), null, NOW))
                .isInstanceOf(DecisionNotQueuedException.class).hasMessageContaining("100");

        assertThat(store.queuedCount()).isZero();
        assertThat(store.position().nextSeq()).isEqualTo(1);
    }

    @Test
    void allowsTheNextDecisionOnTopOfAQueuedOne() {
        store.decide(alice, CommandType.CONFIRM, "Mina", null, NOW);
        store.decide(alice, CommandType.CHECK_IN, "Mina", null, NOW);

        assertThat(store.reservation(alice).orElseThrow().localStatus()).isEqualTo("CHECKED_IN");
        assertThat(store.nextBatch(10)).extracting(SyncCommand::seq).containsExactly(1L, 2L);
    }

    @Test
    void writesNeitherTheChangeNorTheCommandWhenTheQueueCannotBeWritten() throws Exception {
        try (var other = DriverManager.getConnection("jdbc:sqlite:" + file); var sql = other.createStatement()) {
            sql.execute("CREATE TRIGGER disk_full BEFORE INSERT ON pending_command "
                    + "BEGIN SELECT RAISE(ABORT, 'disk full'); END");
        }

        assertThatThrownBy(() -> store.decide(alice, CommandType.CONFIRM, "Mina", null, NOW))
                .isInstanceOf(StoreException.class);

        assertThat(store.reservation(alice).orElseThrow().localStatus()).isEqualTo("PENDING_CONFIRMATION");
        assertThat(store.queuedCount()).isZero();
        assertThat(store.position().nextSeq()).isEqualTo(1);
    }

    @Test
    void reappliesQueuedDecisionsOnTopOfANewerSnapshot() {
        store.decide(alice, CommandType.CONFIRM, "Mina", null, NOW);
        store.decide(alice, CommandType.CHECK_IN, "Mina", null, NOW);

        var newer = new ReservationSnapshot(alice, null, "PENDING_CONFIRMATION", 2, "Alice Kim", "010-9999-0000",
                "SUITE", LocalDate.of(2026, 12, 1), LocalDate.of(2026, 12, 2), 2, new BigDecimal("450000"), "KRW",
                NOW, "guest");
        store.applyDownload("7", new ChangesPage(List.of(newer), "8", false), NOW);

        var shown = store.reservation(alice).orElseThrow();
        assertThat(shown.server().version()).isEqualTo(2);
        assertThat(shown.server().phone()).isEqualTo("010-9999-0000");
        assertThat(shown.localStatus()).isEqualTo("CHECKED_IN");
        assertThat(shown.queued()).isEqualTo(2);
    }

    @Test
    void aNoShowTheNightAuditSetArrivesFromTheFeedAndTakesNoDecision() {
        var noShow = new ReservationSnapshot(alice, null, "NO_SHOW", 2, "Alice Kim", "010-9999-0000", "SUITE",
                LocalDate.of(2026, 12, 1), LocalDate.of(2026, 12, 3), 2, new BigDecimal("900000"), "KRW", NOW,
                "night audit");
        store.applyDownload("7", new ChangesPage(List.of(noShow), "8", false), NOW);

        var shown = store.reservation(alice).orElseThrow();
        assertThat(shown.localStatus()).isEqualTo("NO_SHOW");
        assertThat(shown.server().lastChangedBy()).isEqualTo("night audit");
        for (var type : List.of(CommandType.CONFIRM, CommandType.REJECT, CommandType.CHECK_IN, CommandType.CHECK_OUT)) {
            assertThatThrownBy(() -> store.decide(alice, type, "Mina", "Arrived late", NOW))
                    .isInstanceOf(DecisionNotQueuedException.class);
        }
        assertThat(store.queuedCount()).isZero();
    }

    @Test
    void ignoresASnapshotOlderThanTheOneItHolds() {
        store.applyDownload("7", new ChangesPage(List.of(snapshot(alice, "CONFIRMED", 3)), "9", false), NOW);
        store.applyDownload("9", new ChangesPage(List.of(snapshot(alice, "PENDING_CONFIRMATION", 2)), "10", false),
                NOW);

        assertThat(store.reservation(alice).orElseThrow().localStatus()).isEqualTo("CONFIRMED");
        assertThat(store.position().cursor()).isEqualTo("10");
    }

    @Test
    void rollsARefusedDecisionBackToTheServerSnapshotAndKeepsTheOthersQueued() {
        var confirmAlice = store.decide(alice, CommandType.CONFIRM, "Mina", null, NOW);
        store.decide(bob, CommandType.CONFIRM, "Mina", null, NOW);

        int conflicts = store.recordAnswers(List.of(new CommandResult(confirmAlice.commandId(), 1,
                CommandOutcome.CONFLICT, snapshot(alice, "CANCELLED", 2),
                "The guest cancelled this booking; your confirmation was not applied.")), NOW);

        assertThat(conflicts).isEqualTo(1);
        assertThat(store.reservation(alice).orElseThrow().localStatus()).isEqualTo("CANCELLED");
        assertThat(store.reservation(bob).orElseThrow().localStatus()).isEqualTo("CONFIRMED");
        assertThat(store.nextBatch(10)).extracting(SyncCommand::reservationId).containsExactly(bob);
        assertThat(store.conflicts()).singleElement().satisfies(conflict -> {
            assertThat(conflict.reservationId()).isEqualTo(alice);
            assertThat(conflict.message()).contains("guest cancelled");
            assertThat(conflict.outcome()).isEqualTo("CONFLICT");
        });
        assertThat(store.position().lastAckedSeq()).isEqualTo(1);
    }

    @Test
    void takesTheAppliedSnapshotAndReappliesTheReservationsOtherQueuedDecisions() {
        var confirm = store.decide(alice, CommandType.CONFIRM, "Mina", null, NOW);
        store.decide(alice, CommandType.CHECK_IN, "Mina", null, NOW);

        store.recordAnswers(List.of(new CommandResult(confirm.commandId(), 1, CommandOutcome.APPLIED,
                snapshot(alice, "CONFIRMED", 2), "Done")), NOW);

        var shown = store.reservation(alice).orElseThrow();
        assertThat(shown.server().status()).isEqualTo("CONFIRMED");
        assertThat(shown.localStatus()).isEqualTo("CHECKED_IN");
        assertThat(shown.queued()).isEqualTo(1);
    }

    @Test
    void aRepeatedAnswerChangesNothing() {
        var confirm = store.decide(alice, CommandType.CONFIRM, "Mina", null, NOW);
        var answer = new CommandResult(confirm.commandId(), 1, CommandOutcome.CONFLICT, snapshot(alice, "CANCELLED", 2),
                "cancelled");
        store.recordAnswers(List.of(answer), NOW);
        store.recordAnswers(List.of(answer), NOW);

        assertThat(store.conflicts()).hasSize(1);
    }

    @Test
    void dismissedConflictsAreNoLongerListed() {
        var confirm = store.decide(alice, CommandType.CONFIRM, "Mina", null, NOW);
        store.recordAnswers(List.of(new CommandResult(confirm.commandId(), 1, CommandOutcome.CONFLICT,
                snapshot(alice, "CANCELLED", 2), "cancelled")), NOW);

        store.dismiss(store.conflicts().get(0).id());

        assertThat(store.conflicts()).isEmpty();
    }

    @Test
    void renumbersTheUnacknowledgedQueueAndDownloadsEverythingAgainAfterARestart() {
        var first = store.decide(alice, CommandType.CONFIRM, "Mina", null, NOW);
        store.decide(alice, CommandType.CHECK_IN, "Mina", null, NOW);
        store.decide(bob, CommandType.CONFIRM, "Mina", null, NOW);
        store.recordAnswers(List.of(new CommandResult(first.commandId(), 1, CommandOutcome.APPLIED,
                snapshot(alice, "CONFIRMED", 2), "Done")), NOW);

        store.restartFrom(0);

        assertThat(store.nextBatch(10)).extracting(SyncCommand::seq).containsExactly(1L, 2L);
        assertThat(store.nextBatch(10)).extracting(SyncCommand::type)
                .containsExactly(CommandType.CHECK_IN, CommandType.CONFIRM);
        var position = store.position();
        assertThat(position.nextSeq()).isEqualTo(3);
        assertThat(position.lastAckedSeq()).isZero();
        assertThat(position.cursor()).isNull();
        assertThat(position.fullResync()).isTrue();
    }

    @Test
    void duringAFullResyncTheServerWinsWhateverTheVersionAndAStalePageDoesNotMoveTheCursor() {
        store.applyDownload("7", new ChangesPage(List.of(snapshot(alice, "CONFIRMED", 5)), "9", false), NOW);
        store.restartFrom(0);

        store.applyDownload("9", new ChangesPage(List.of(snapshot(bob, "CONFIRMED", 2)), "12", false), NOW);
        assertThat(store.position().cursor()).isNull();

        store.applyDownload(null, new ChangesPage(List.of(snapshot(alice, "PENDING_CONFIRMATION", 1)), "s3", true), NOW);
        assertThat(store.reservation(alice).orElseThrow().localStatus()).isEqualTo("PENDING_CONFIRMATION");
        assertThat(store.position().fullResync()).isTrue();

        store.applyDownload("s3", new ChangesPage(List.of(), "3", false), NOW);
        assertThat(store.position().fullResync()).isFalse();
        assertThat(store.position().cursor()).isEqualTo("3");
    }

    @Test
    void aFeedResetDownloadsEverythingAgainKeepsTheQueueAndCountsTheBookingsItChanged() {
        store.applyDownload("7", new ChangesPage(List.of(snapshot(alice, "CONFIRMED", 5)), "9", false), NOW);
        var queued = store.decide(bob, CommandType.CONFIRM, "Mina", null, NOW);
        UUID carol = UUID.randomUUID();

        store.resyncFeed();

        assertThat(store.position().cursor()).isNull();
        assertThat(store.position().fullResync()).isTrue();
        assertThat(store.nextBatch(10)).containsExactly(queued);
        // the restored server holds alice at an older version and a booking made after the restore; bob unchanged
        assertThat(store.applyDownload(null, new ChangesPage(List.of(snapshot(alice, "PENDING_CONFIRMATION", 1),
                snapshot(bob, "PENDING_CONFIRMATION", 1)), "s2", true), NOW)).isEmpty();
        assertThat(store.applyDownload("s2", new ChangesPage(List.of(snapshot(carol, "PENDING_CONFIRMATION", 0)),
                "3", false), NOW)).hasValue(2);

        assertThat(store.reservation(alice).orElseThrow().localStatus()).isEqualTo("PENDING_CONFIRMATION");
        assertThat(store.reservation(bob).orElseThrow().localStatus()).isEqualTo("CONFIRMED");
        assertThat(store.reservation(carol)).isPresent();
        assertThat(store.position().fullResync()).isFalse();
        assertThat(store.nextBatch(10)).containsExactly(queued);
        assertThat(store.applyDownload("3", new ChangesPage(List.of(snapshot(carol, "CONFIRMED", 1)), "4", false),
                NOW)).isEmpty();
    }

    static ReservationSnapshot snapshot(UUID id, String status, long version) {
        return new ReservationSnapshot(id, UUID.randomUUID(), status, version, "Guest " + id.toString().substring(0, 4),
                null, "STANDARD", LocalDate.of(2026, 12, 1), LocalDate.of(2026, 12, 2), 1, new BigDecimal("120000"),
                "KRW", NOW, "guest");
    }
}
