package gotohotel.desk.service;

import gotohotel.desk.store.DecisionNotQueuedException;
import gotohotel.desk.store.DeskStore;
import gotohotel.desk.store.LocalRoom;
import gotohotel.desk.store.StayInWindow;
import gotohotel.desk.text.ScreenText;
import gotohotel.shared.api.HousekeepingStatus;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The rooms this desk holds and the room commands taken here, through the current connection's engine. */
final class DeskRooms implements RoomService {

    private static final Logger log = LoggerFactory.getLogger(DeskRooms.class);

    private final DeskStore store;
    private final Supplier<Optional<Connection>> current;
    private final Clock clock;

    DeskRooms(DeskStore store, Supplier<Optional<Connection>> current, Clock clock) {
        this.store = store;
        this.current = current;
        this.clock = clock;
    }

    @Override
    public LocalDate today() {
        return LocalDate.now(clock);
    }

    @Override
    public Rack rack(LocalDate first, int nights) {
        long started = System.nanoTime();
        var rack = new Rack(rooms(),
                store.staysBetween(first, first.plusDays(nights)).stream().map(DeskRooms::stay).toList());
        log.debug("Read {} rooms and {} stays for the rack in {} ms", rack.rooms().size(), rack.stays().size(),
                (System.nanoTime() - started) / 1_000_000);
        return rack;
    }

    @Override
    public List<DeskRoom> rooms() {
        return store.rooms().stream().map(DeskRooms::room).toList();
    }

    @Override
    public List<RoomStay> stays(Set<UUID> bookingIds, LocalDate first, int nights) {
        return store.staysBetween(bookingIds, first, first.plusDays(nights)).stream().map(DeskRooms::stay).toList();
    }

    @Override
    public void assignRoom(UUID bookingId, String room) {
        var connection = connection();
        try {
            connection.engine().assignRoom(bookingId, room, connection.username(), today());
        } catch (DecisionNotQueuedException e) {
            throw refused(e);
        }
    }

    @Override
    public void setHousekeeping(String room, HousekeepingStatus status) {
        var connection = connection();
        try {
            connection.engine().setHousekeeping(room, status, connection.username());
        } catch (DecisionNotQueuedException e) {
            throw refused(e);
        }
    }

    @Override
    public void listenRooms(Consumer<RackChange> changed) {
        store.onRoomsChanged(() -> changed.accept(new RackChange(Set.of(), true)));
        store.onReservationsChanged(ids -> changed.accept(new RackChange(ids, false)));
    }

    private Connection connection() {
        return current.get().orElseThrow(
                () -> new DecisionRefusedException(ScreenText.of("decision.refused.SIGNED_OUT")));
    }

    private static DecisionRefusedException refused(DecisionNotQueuedException e) {
        return new DecisionRefusedException(ScreenText.of("decision.refused." + e.reason(), e.values().toArray()));
    }

    private static DeskRoom room(LocalRoom r) {
        var s = r.server();
        return new DeskRoom(s.number(), s.roomType(), r.localHousekeeping(), s.outOfService(), s.outOfOrder(),
                r.waiting());
    }

    private static RoomStay stay(StayInWindow s) {
        return new RoomStay(s.reservationId(), s.guestName(), s.status(), s.roomType(), s.checkIn(), s.checkOut(),
                s.room(), s.from(), s.until(), s.waiting());
    }
}
