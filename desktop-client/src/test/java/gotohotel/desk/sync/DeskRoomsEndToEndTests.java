package gotohotel.desk.sync;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import gotohotel.desk.store.LocalRoom;
import gotohotel.shared.api.HousekeepingStatus;
import gotohotel.shared.sync.CommandType;
import gotohotel.shared.sync.ReservationSnapshot;
import gotohotel.testkit.WholeProduct;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * Rooms between desks and the whole product (issue 19, points 3 and 5): the rooms feed, room commands queued offline
 * and sent in order, and two desks that gave the same room offline — the second is a CONFLICT naming the room and
 * the other guest, never two guests in one room.
 */
@WholeProduct
@ExtendWith(Backend.Extension.class)
class DeskRoomsEndToEndTests {

    private static final Duration PATIENCE = Duration.ofSeconds(30);
    private static Backend backend;

    @TempDir
    Path home;

    private FaultyProxy proxy;
    private Desk desk;

    @BeforeAll
    static void backend(Backend running) {
        backend = running;
    }

    @BeforeEach
    void desk() throws Exception {
        proxy = new FaultyProxy(backend.port());
        desk = new Desk(home, proxy.baseUrl()).started(backend);
        await("the desk online").atMost(PATIENCE).until(() -> desk.engine().status().online());
    }

    @AfterEach
    void close() throws Exception {
        desk.close();
        proxy.close();
    }

    @Test
    void theSeedHotelsRoomsReachTheDeskWithTheirHousekeeping() {
        await("the rooms downloaded").atMost(PATIENCE).until(() -> desk.store().rooms().size() >= 25);

        assertThat(desk.store().rooms()).extracting(LocalRoom::number)
                .contains("101", "110", "201", "208", "301", "305", "501", "502");
        assertThat(desk.store().rooms()).allSatisfy(room -> assertThat(room.waiting()).isFalse());
    }

    @Test
    void anAssignmentMadeOfflineIsShownAtOnceAndAppliedInOrderAfterTheConfirmation() {
        var order = backend.guests().book();
        var reservation = desk.awaitOrders(List.of(order), PATIENCE).get(order.orderId()).server();
        UUID id = reservation.reservationId();
        await("the rooms downloaded").atMost(PATIENCE).until(() -> !desk.store().rooms().isEmpty());
        String room = freeRoomFor(reservation);

        proxy.linkDown();
        await("the desk offline").atMost(PATIENCE).until(() -> !desk.engine().status().online());
        desk.engine().decide(id, CommandType.CONFIRM, "Mina", null);
        desk.engine().assignRoom(id, room, "Mina", LocalDate.now());
        assertThat(roomsOf(id, reservation.checkIn())).containsExactly(room + " waiting");
        proxy.linkUp();

        desk.awaitDrained(PATIENCE);
        assertThat(desk.engine().status().conflicts()).isEmpty();
        await("the server's room on the desk").atMost(PATIENCE)
                .until(() -> roomsOf(id, reservation.checkIn()).equals(List.of(room + " held")));
        assertThat(backend.database().count("SELECT count(*) FROM room_stay_night WHERE reservation_id = ?", id))
                .isEqualTo(1);
    }

    @Test
    void twoDesksGivingTheSameRoomOfflineEndWithOneGuestInItAndAConflictNamingTheOther(@TempDir Path otherHome)
            throws Exception {
        var first = backend.guests().book();
        var second = backend.guests().book();
        var reservations = desk.awaitOrders(List.of(first, second), PATIENCE);
        var mine = reservations.get(first.orderId()).server();
        var theirs = reservations.get(second.orderId()).server();
        await("the rooms downloaded").atMost(PATIENCE).until(() -> !desk.store().rooms().isEmpty());
        String room = freeRoomFor(mine);

        proxy.linkDown();
        await("the desk offline").atMost(PATIENCE).until(() -> !desk.engine().status().online());
        desk.engine().decide(mine.reservationId(), CommandType.CONFIRM, "Mina", null);
        desk.engine().assignRoom(mine.reservationId(), room, "Mina", LocalDate.now());
        try (var other = new Desk(otherHome, backend.baseUrl()).started(backend)) {
            other.awaitOrders(List.of(second), PATIENCE);
            await("the rooms downloaded").atMost(PATIENCE).until(() -> !other.store().rooms().isEmpty());
            other.engine().decide(theirs.reservationId(), CommandType.CONFIRM, "Kim", null);
            other.engine().assignRoom(theirs.reservationId(), room, "Kim", LocalDate.now());
            other.awaitDrained(PATIENCE);
        }
        proxy.linkUp();

        await("the conflict recorded").atMost(PATIENCE).until(() -> !desk.engine().status().conflicts().isEmpty());
        var conflict = desk.engine().status().conflicts().get(0);
        assertThat(conflict.outcome()).isEqualTo("CONFLICT");
        assertThat(conflict.room()).isEqualTo(room);
        assertThat(conflict.message()).contains(room).contains(theirs.guestName());
        assertThat(roomsOf(mine.reservationId(), mine.checkIn())).isEmpty();
        assertThat(backend.database().count("SELECT count(*) FROM room_stay_night n JOIN room r ON r.id = n.room_id "
                + "WHERE r.number = ? AND n.night = ?", room, mine.checkIn())).isEqualTo(1);
    }

    @Test
    void roomsGivenOfflineAreAppliedOnceWhenTheAnswersToTheirBatchesAreLost() {
        var orders = backend.guests().book(12);
        var stays = desk.awaitOrders(orders, PATIENCE).values().stream().map(r -> r.server()).toList();
        await("the rooms downloaded").atMost(PATIENCE).until(() -> !desk.store().rooms().isEmpty());
        var given = new java.util.LinkedHashMap<UUID, String>();

        proxy.linkDown();
        await("the desk offline").atMost(PATIENCE).until(() -> !desk.engine().status().online());
        for (var stay : stays) {
            desk.engine().decide(stay.reservationId(), CommandType.CONFIRM, "Mina", null);
            String room = freeOnThisDesk(stay);
            desk.engine().assignRoom(stay.reservationId(), room, "Mina", LocalDate.now());
            given.put(stay.reservationId(), room);
        }
        proxy.loseAnswersToNextBatches(2);
        proxy.linkUp();
        desk.awaitDrained(Duration.ofSeconds(60));

        assertThat(proxy.lostAnswers()).as("faults injected").isGreaterThanOrEqualTo(1);
        assertThat(backend.database().count("SELECT count(*) FROM sync_command WHERE client_id = ? AND outcome <> "
                + "'APPLIED'", desk.clientId())).isZero();
        assertThat(desk.engine().status().conflicts()).isEmpty();
        for (var stay : stays) {
            String room = given.get(stay.reservationId());
            assertThat(backend.database().count("""
                    SELECT count(*) FROM room_stay_night n JOIN room r ON r.id = n.room_id
                    WHERE n.reservation_id = ? AND r.number = ?""", stay.reservationId(), room))
                    .as("every night of the stay in room %s", room)
                    .isEqualTo(stay.checkOut().toEpochDay() - stay.checkIn().toEpochDay());
            assertThat(backend.database().count("SELECT count(*) FROM reservation_history WHERE reservation_id = ? "
                    + "AND action = 'ROOM_ASSIGNED'", stay.reservationId())).as("given once").isEqualTo(1);
        }
    }

    @Test
    void housekeepingMarkedOfflineReachesTheServerAndComesBackInTheFeed() {
        await("the rooms downloaded").atMost(PATIENCE).until(() -> !desk.store().rooms().isEmpty());
        var room = desk.store().rooms().get(0);
        var next = room.localHousekeeping() == HousekeepingStatus.DIRTY ? HousekeepingStatus.CLEAN
                : HousekeepingStatus.DIRTY;

        proxy.linkDown();
        await("the desk offline").atMost(PATIENCE).until(() -> !desk.engine().status().online());
        desk.engine().setHousekeeping(room.number(), next, "Mina");
        assertThat(desk.store().rooms().get(0).localHousekeeping()).isEqualTo(next);
        assertThat(desk.store().rooms().get(0).waiting()).isTrue();
        proxy.linkUp();

        desk.awaitDrained(PATIENCE);
        await("the server's housekeeping on the desk").atMost(PATIENCE).until(() -> {
            var now = desk.store().rooms().get(0);
            return now.server().housekeeping() == next && !now.waiting() && now.server().version() > room.server().version();
        });
        assertThat(backend.database().text("SELECT housekeeping FROM room WHERE number = ?", room.number()))
                .isEqualTo(next.name());
    }

    /** A room of the stay's type that neither the server nor this desk's queue gives to another stay on its nights. */
    private String freeOnThisDesk(ReservationSnapshot stay) {
        var held = desk.store().staysBetween(stay.checkIn(), stay.checkOut()).stream()
                .map(line -> line.room()).filter(java.util.Objects::nonNull).collect(java.util.stream.Collectors.toSet());
        return desk.store().rooms().stream().filter(r -> r.server().roomType().equals(stay.roomType()))
                .map(LocalRoom::number).filter(number -> !held.contains(number))
                .filter(number -> backend.database().count("""
                        SELECT count(*) FROM room_stay_night n JOIN room r ON r.id = n.room_id
                        WHERE r.number = ? AND n.night >= ? AND n.night < ?""", number, stay.checkIn(),
                        stay.checkOut()) == 0)
                .findFirst().orElseThrow();
    }

    /** The first room of the stay's type that no stay holds on its nights (the tests share one server). */
    private String freeRoomFor(ReservationSnapshot stay) {
        return desk.store().rooms().stream().filter(r -> r.server().roomType().equals(stay.roomType()))
                .map(LocalRoom::number)
                .filter(number -> backend.database().count("""
                        SELECT count(*) FROM room_stay_night n JOIN room r ON r.id = n.room_id
                        WHERE r.number = ? AND n.night >= ? AND n.night < ?""", number, stay.checkIn(),
                        stay.checkOut()) == 0)
                .findFirst().orElseThrow();
    }

    private List<String> roomsOf(UUID reservationId, LocalDate night) {
        return desk.store().staysBetween(night, night.plusDays(1)).stream()
                .filter(s -> s.reservationId().equals(reservationId) && s.room() != null)
                .map(s -> s.room() + (s.waiting() ? " waiting" : " held")).toList();
    }
}
