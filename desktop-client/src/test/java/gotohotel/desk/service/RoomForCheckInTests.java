package gotohotel.desk.service;

import static org.assertj.core.api.Assertions.assertThat;

import gotohotel.desk.store.DeskStore;
import gotohotel.shared.api.HousekeepingStatus;
import gotohotel.shared.api.RoomView;
import gotohotel.shared.sync.AssignedRoom;
import gotohotel.shared.sync.ChangesPage;
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

/** The room the desk gives a guest checked in offline, from its own cache (a real SQLite file). */
class RoomForCheckInTests {

    private static final Instant NOW = Instant.parse("2026-12-07T10:00:00Z");
    private static final LocalDate DEC_1 = LocalDate.of(2026, 12, 1);

    @TempDir
    Path directory;

    private DeskStore store;
    private final UUID alice = UUID.randomUUID();
    private final UUID bob = UUID.randomUUID();
    private final UUID carol = UUID.randomUUID();

    @BeforeEach
    void open() {
        store = DeskStore.open(directory.resolve("desk.db"));
        store.applyDownload(null, new ChangesPage(List.of(
                stay(alice, "CONFIRMED", DEC_1.plusDays(1), DEC_1.plusDays(4)),
                stay(bob, "CHECKED_IN", DEC_1, DEC_1.plusDays(3), new AssignedRoom("101", DEC_1, DEC_1.plusDays(3))),
                stay(carol, "PENDING_CONFIRMATION", DEC_1.plusDays(1), DEC_1.plusDays(2))), "9", false, null, null,
                List.of(room("101", HousekeepingStatus.CLEAN, false, List.of()),
                        room("102", HousekeepingStatus.DIRTY, false, List.of()),
                        room("103", HousekeepingStatus.INSPECTED, false, List.of()),
                        room("104", HousekeepingStatus.CLEAN, false,
                                List.of(new RoomView.OutOfOrder(1L, DEC_1.plusDays(3), DEC_1.plusDays(5), "Leak"))),
                        room("105", HousekeepingStatus.CLEAN, true, List.of()))), NOW);
    }

    @AfterEach
    void close() {
        store.close();
    }

    @Test
    void givesTheBestRoomFreeOnEveryNightAndOutOfOrderOnNoneOutOfServiceLast() {
        var rooms = new RoomForCheckIn(store);

        // 101 is Bob's on two of the nights, 104 out of order on the last, 105 out of service: of the rest, the
        // inspected one before the dirty one
        assertThat(rooms.choose(alice)).contains("103");
    }

    @Test
    void givesNoneToAStayThatHoldsARoomOrIsNotConfirmed() {
        var rooms = new RoomForCheckIn(store);
        store.assignRoom(alice, "102", "mina", DEC_1, NOW);

        assertThat(rooms.choose(alice)).as("the room given before stands").isEmpty();
        assertThat(rooms.choose(carol)).as("a pending stay is not checked in").isEmpty();
        assertThat(rooms.choose(UUID.randomUUID())).isEmpty();
    }

    private static RoomSnapshot room(String number, HousekeepingStatus housekeeping, boolean outOfService,
                                     List<RoomView.OutOfOrder> outOfOrder) {
        return new RoomSnapshot(UUID.randomUUID(), number, "STANDARD", housekeeping, outOfService, outOfOrder, 1, NOW,
                "manager");
    }

    private static ReservationSnapshot stay(UUID id, String status, LocalDate checkIn, LocalDate checkOut,
                                            AssignedRoom... rooms) {
        return new ReservationSnapshot(id, UUID.randomUUID(), status, 1, "Guest " + id.toString().substring(0, 4), null,
                "STANDARD", checkIn, checkOut, 1, new BigDecimal("120000"), "KRW", NOW, "guest", List.of(rooms));
    }
}
