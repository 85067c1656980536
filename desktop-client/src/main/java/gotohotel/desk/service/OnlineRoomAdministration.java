package gotohotel.desk.service;

import gotohotel.shared.api.NewRoom;
import gotohotel.shared.api.OutOfOrderRequest;
import gotohotel.shared.api.RoomChange;
import gotohotel.shared.api.RoomTypeView;
import gotohotel.shared.api.RoomView;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Room management over the current connection's link and session. The desk's own copy of the rooms (the rack, the
 * check-in's room) follows through the changes feed, like any other desk's.
 */
final class OnlineRoomAdministration implements RoomAdministration {

    private static final Logger log = LoggerFactory.getLogger(OnlineRoomAdministration.class);

    private final ManagerRequests requests;

    /** @param current the connection now (empty when signed out) */
    OnlineRoomAdministration(Supplier<Optional<Connection>> current) {
        this.requests = new ManagerRequests(current);
    }

    @Override
    public List<ManagedRoom> rooms() {
        return requests.send(s -> s.link().rooms(s.session())).stream().map(OnlineRoomAdministration::room).toList();
    }

    @Override
    public List<String> roomTypes() {
        return requests.send(s -> s.link().roomTypes()).stream().map(RoomTypeView::code).toList();
    }

    @Override
    public ManagedRoom add(String number, String roomType) {
        var added = room(requests.send(s -> s.link().addRoom(s.session(), new NewRoom(number.strip(), roomType))));
        log.info("Added room {} ({})", added.number(), added.roomType());
        return added;
    }

    @Override
    public ManagedRoom change(String number, String newNumber, String roomType, Boolean outOfService) {
        return room(requests.send(s -> s.link().changeRoom(s.session(), number,
                new RoomChange(newNumber == null ? null : newNumber.strip(), roomType, outOfService))));
    }

    @Override
    public ManagedRoom takeOutOfOrder(String number, LocalDate from, LocalDate until, String reason) {
        var room = room(requests.send(s -> s.link().takeOutOfOrder(s.session(), number,
                new OutOfOrderRequest(from, until, reason.strip()))));
        log.info("Room {} out of order for the nights {} to {}", number, from, until);
        return room;
    }

    @Override
    public ManagedRoom backInOrder(String number, long outOfOrderId) {
        return room(requests.send(s -> s.link().backInOrder(s.session(), number, outOfOrderId)));
    }

    private static ManagedRoom room(RoomView view) {
        var offSale = view.outOfOrder() == null ? List.<ManagedRoom.OffSale>of() : view.outOfOrder().stream()
                .map(o -> new ManagedRoom.OffSale(o.id(), o.from(), o.until(), o.reason()))
                .sorted(Comparator.comparing(ManagedRoom.OffSale::from)).toList();
        return new ManagedRoom(view.number(), view.roomType(), view.housekeeping(), view.outOfService(), offSale);
    }
}
