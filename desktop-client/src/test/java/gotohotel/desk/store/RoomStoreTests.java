package gotohotel.desk.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import gotohotel.shared.api.HousekeepingStatus;
import gotohotel.shared.api.RoomView;
import gotohotel.shared.sync.AssignedRoom;
import gotohotel.shared.sync.ChangesPage;
import gotohotel.shared.sync.CommandOutcome;
import gotohotel.shared.sync.CommandResult;
import gotohotel.shared.sync.CommandType;
import gotohotel.shared.sync.ReservationSnapshot;
import gotohotel.shared.sync.RoomSnapshot;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Rooms on the desk's store, on a real SQLite file: the cache, the stays' rooms, and room commands in the queue. */
class RoomStoreTests {

    private static final Instant NOW = Instant.parse("2026-12-07T10:00:00Z");
    private static final LocalDate DEC_1 = LocalDate.of(2026, 12, 1);

    @TempDir
    Path directory;

    private Path file;
    private DeskStore store;
    private final UUID room101 = UUID.randomUUID();
    private final UUID room102 = UUID.randomUUID();
    private final UUID alice = UUID.randomUUID();
    private final UUID bob = UUID.randomUUID();

    @BeforeEach
    void open() {
        file = directory.resolve("desk.db");
        store = DeskStore.open(file);
        store.applyDownload(null, new ChangesPage(List.of(
                stay(alice, "Alice Kim", "CONFIRMED", 1, DEC_1.plusDays(1), DEC_1.plusDays(4)),
                stay(bob, "Bob Lee", "CONFIRMED", 1, DEC_1, DEC_1.plusDays(3), new AssignedRoom("101", DEC_1,
                        DEC_1.plusDays(3)))), "7", false, null, null,
                List.of(room(room101, "101", HousekeepingStatus.CLEAN, 1), room(room102, "102",
                        HousekeepingStatus.DIRTY, 1))), NOW);
    }

    @AfterEach
    void close() {
        store.close();
    }

    @Test
    void keepsTheNewerVersionOfARoomByItsIdAcrossARename() {
        store.applyDownload("7", page("8", room(room101, "100", HousekeepingStatus.INSPECTED, 3)), NOW);
        store.applyDownload("8", page("9", room(room101, "101", HousekeepingStatus.DIRTY, 2)), NOW);
        store.close();
        store = DeskStore.open(file);

        assertThat(store.rooms()).extracting(LocalRoom::number).containsExactly("100", "102");
        assertThat(store.rooms().get(0).localHousekeeping()).isEqualTo(HousekeepingStatus.INSPECTED);
        assertThat(store.rooms().get(0).server().version()).isEqualTo(3);
    }

    @Test
    void theWindowHoldsTheStaysInTheirRoomsAndTheOnesWithoutARoomInOneRead() {
        var carol = UUID.randomUUID();
        var dave = UUID.randomUUID();
        store.applyDownload("7", new ChangesPage(List.of(
                stay(carol, "Carol", "CANCELLED", 1, DEC_1, DEC_1.plusDays(2)),
                stay(dave, "Dave", "CONFIRMED", 1, DEC_1.plusDays(20), DEC_1.plusDays(22))), "8", false), NOW);

        var window = store.staysBetween(DEC_1, DEC_1.plusDays(14));

        assertThat(window).extracting(StayInWindow::guestName, StayInWindow::room, StayInWindow::from,
                StayInWindow::until, StayInWindow::waiting).containsExactlyInAnyOrder(
                tuple("Bob Lee", "101", DEC_1, DEC_1.plusDays(3), false),
                tuple("Alice Kim", null, DEC_1.plusDays(1), DEC_1.plusDays(4), false));
    }

    @Test
    void anAssignmentIsShownAtOnceWaitingAndQueuedInOrderAfterTheDecisions() {
        var confirm = store.decide(bob, CommandType.CHECK_IN, "Mina", null, NOW);
        var assign = store.assignRoom(alice, "102", "Mina", DEC_1, NOW);
        store.close();
        store = DeskStore.open(file);

        assertThat(assign.type()).isEqualTo(CommandType.ASSIGN_ROOM);
        assertThat(assign.room()).isEqualTo("102");
        assertThat(assign.expectedVersion()).isEqualTo(1);
        assertThat(store.nextBatch(10)).containsExactly(confirm, assign);
        assertThat(store.staysBetween(DEC_1, DEC_1.plusDays(14))).filteredOn(s -> s.reservationId().equals(alice))
                .extracting(StayInWindow::room, StayInWindow::waiting).containsExactly(
                        tuple("102", true));
        assertThat(store.reservation(alice).orElseThrow().localStatus()).isEqualTo("CONFIRMED");
    }

    @Test
    void refusesARoomAnotherStayHoldsOnOneOfItsNightsAndWritesNothing() {
        assertThatThrownBy(() -> store.assignRoom(alice, "101", "Mina", DEC_1, NOW))
                .isInstanceOfSatisfying(DecisionNotQueuedException.class, e -> {
                    assertThat(e.reason()).isEqualTo(DecisionNotQueuedException.Reason.ROOM_HELD);
                    assertThat(e.values()).containsExactly("101", "Bob Lee");
                });
        assertThat(store.queuedCount()).isZero();
        assertThat(store.position().nextSeq()).isEqualTo(1);

        // once Bob's stay lets the room go (rejected on this desk), the room is free for Alice
        store.decide(bob, CommandType.REJECT, "Mina", "Double booking", NOW);
        assertThat(store.assignRoom(alice, "101", "Mina", DEC_1, NOW).room()).isEqualTo("101");
    }

    @Test
    void refusesARoomOutOfOrderOnOneOfTheNightsAndAnUnknownRoom() {
        store.applyDownload("7", page("8", new RoomSnapshot(room102, "102", "STANDARD", HousekeepingStatus.CLEAN,
                false, List.of(new RoomView.OutOfOrder(4, DEC_1.plusDays(3), DEC_1.plusDays(5), "leak")), 2, NOW,
                "manager")), NOW);

        assertThatThrownBy(() -> store.assignRoom(alice, "102", "Mina", DEC_1, NOW))
                .isInstanceOfSatisfying(DecisionNotQueuedException.class, e -> assertThat(e.reason())
                        .isEqualTo(DecisionNotQueuedException.Reason.ROOM_OUT_OF_ORDER));
        assertThatThrownBy(() -> store.assignRoom(alice, "999", "Mina", DEC_1, NOW))
                .isInstanceOfSatisfying(DecisionNotQueuedException.class, e -> assertThat(e.reason())
                        .isEqualTo(DecisionNotQueuedException.Reason.ROOM_UNKNOWN));
        assertThat(store.queuedCount()).isZero();
    }

    @Test
    void aConflictOnTheRoomRollsTheAssignmentBackAndIsListedWithTheRoomAndTheOtherGuest() {
        var assign = store.assignRoom(alice, "102", "Mina", DEC_1, NOW);
        String message = "Room 102 is held by Erin Park on 2026-12-02.";

        assertThat(store.recordAnswers(List.of(new CommandResult(assign.commandId(), assign.seq(),
                CommandOutcome.CONFLICT, stay(alice, "Alice Kim", "CONFIRMED", 2, DEC_1.plusDays(1),
                DEC_1.plusDays(4)), message)), NOW)).isEqualTo(1);

        assertThat(store.queuedCount()).isZero();
        assertThat(store.staysBetween(DEC_1, DEC_1.plusDays(14))).filteredOn(s -> s.reservationId().equals(alice))
                .extracting(StayInWindow::room).containsExactly((String) null);
        assertThat(store.conflicts()).singleElement().satisfies(c -> {
            assertThat(c.room()).isEqualTo("102");
            assertThat(c.type()).isEqualTo("ASSIGN_ROOM");
            assertThat(c.guestName()).isEqualTo("Alice Kim");
            assertThat(c.message()).isEqualTo(message);
        });
    }

    @Test
    void anAppliedAssignmentTakesTheServersRoomsAndANewerSnapshotKeepsAQueuedOneOnTop() {
        var first = store.assignRoom(alice, "102", "Mina", DEC_1, NOW);
        store.applyDownload("7", new ChangesPage(List.of(stay(alice, "Alice Kim", "CONFIRMED", 2, DEC_1.plusDays(1),
                DEC_1.plusDays(4))), "8", false), NOW);
        assertThat(roomsOf(alice)).containsExactly("102");   // still queued: laid over the newer snapshot

        store.recordAnswers(List.of(new CommandResult(first.commandId(), first.seq(), CommandOutcome.APPLIED,
                stay(alice, "Alice Kim", "CONFIRMED", 3, DEC_1.plusDays(1), DEC_1.plusDays(4),
                        new AssignedRoom("102", DEC_1.plusDays(1), DEC_1.plusDays(4))), "Done")), NOW);

        assertThat(store.staysBetween(DEC_1, DEC_1.plusDays(14))).filteredOn(s -> s.reservationId().equals(alice))
                .extracting(StayInWindow::room, StayInWindow::waiting).containsExactly(
                        tuple("102", false));
    }

    @Test
    void anInHouseGuestMovesFromTonightAndKeepsTheNightsBefore() {
        store.decide(bob, CommandType.CHECK_IN, "Mina", null, NOW);
        var move = store.assignRoom(bob, "102", "Mina", DEC_1.plusDays(1), NOW);

        assertThat(move.type()).isEqualTo(CommandType.MOVE_ROOM);
        assertThat(store.staysBetween(DEC_1, DEC_1.plusDays(14))).filteredOn(s -> s.reservationId().equals(bob))
                .extracting(StayInWindow::room, StayInWindow::from, StayInWindow::until, StayInWindow::waiting)
                .containsExactlyInAnyOrder(
                        tuple("101", DEC_1, DEC_1.plusDays(1), false),
                        tuple("102", DEC_1.plusDays(1), DEC_1.plusDays(3), true));
        // Bob holds 101 only on the 1st now: Alice (from the 2nd) may have it
        assertThat(store.assignRoom(alice, "101", "Mina", DEC_1, NOW).room()).isEqualTo("101");
    }

    @Test
    void housekeepingIsShownAtOnceAndARefusalGoesBackToTheServersWithAConflictNamingTheRoom() {
        var dirty = store.setHousekeeping("101", HousekeepingStatus.DIRTY, "Mina", NOW);
        assertThat(dirty.reservationId()).isNull();
        assertThat(dirty.expectedVersion()).isEqualTo(1);
        assertThat(store.rooms().get(0)).satisfies(r -> {
            assertThat(r.localHousekeeping()).isEqualTo(HousekeepingStatus.DIRTY);
            assertThat(r.waiting()).isTrue();
        });

        store.recordAnswers(List.of(new CommandResult(dirty.commandId(), dirty.seq(), CommandOutcome.REJECTED, null,
                "Housekeeping may not mark a room Inspected.")), NOW);

        assertThat(store.rooms().get(0)).satisfies(r -> {
            assertThat(r.localHousekeeping()).isEqualTo(HousekeepingStatus.CLEAN);
            assertThat(r.waiting()).isFalse();
        });
        assertThat(store.conflicts()).singleElement().satisfies(c -> {
            assertThat(c.room()).isEqualTo("101");
            assertThat(c.reservationId()).isNull();
        });
    }

    @Test
    void anAppliedHousekeepingChangeTakesTheServersRoom() {
        var clean = store.setHousekeeping("102", HousekeepingStatus.CLEAN, "Mina", NOW);

        store.recordAnswers(List.of(new CommandResult(clean.commandId(), clean.seq(), CommandOutcome.APPLIED, null,
                "Done", room(room102, "102", HousekeepingStatus.CLEAN, 2))), NOW);

        assertThat(store.rooms().get(1)).satisfies(r -> {
            assertThat(r.localHousekeeping()).isEqualTo(HousekeepingStatus.CLEAN);
            assertThat(r.server().version()).isEqualTo(2);
            assertThat(r.waiting()).isFalse();
        });
        assertThat(store.conflicts()).isEmpty();
    }

    private List<String> roomsOf(UUID reservationId) {
        return store.staysBetween(DEC_1, DEC_1.plusDays(14)).stream()
                .filter(s -> s.reservationId().equals(reservationId)).map(StayInWindow::room).toList();
    }

    private static ChangesPage page(String cursor, RoomSnapshot... rooms) {
        return new ChangesPage(List.of(), cursor, false, null, null, List.of(rooms));
    }

    static RoomSnapshot room(UUID id, String number, HousekeepingStatus housekeeping, long version) {
        return new RoomSnapshot(id, number, "STANDARD", housekeeping, false, List.of(), version, NOW, "manager");
    }

    static ReservationSnapshot stay(UUID id, String guest, String status, long version, LocalDate checkIn,
                                    LocalDate checkOut, AssignedRoom... rooms) {
        return new ReservationSnapshot(id, UUID.randomUUID(), status, version, guest, null, "STANDARD", checkIn,
                checkOut, 1, new BigDecimal("120000"), "KRW", NOW, "guest", List.of(rooms));
    }
}
