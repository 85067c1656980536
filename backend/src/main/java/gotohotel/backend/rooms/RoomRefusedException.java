package gotohotel.backend.rooms;

import gotohotel.backend.domain.DomainRuleException;

/** A room cannot be given to a stay as asked: it is out of order on one of its nights, or of another type. */
public class RoomRefusedException extends DomainRuleException {

    private RoomRefusedException(String type, String title, String detail) {
        super(type, title, detail);
    }

    static RoomRefusedException outOfOrder(String room) {
        return new RoomRefusedException("room-out-of-order", "Room out of order",
                "Room " + room + " is out of order on a night of this stay.");
    }

    static RoomRefusedException otherType(String room, String roomType, String booked) {
        return new RoomRefusedException("room-upgrade-not-requested", "Another room type",
                "Room " + room + " is a " + roomType + " room and the guest booked " + booked
                        + ": give it only as an upgrade (upgrade: true).");
    }

    static RoomRefusedException noNightsLeft() {
        return new RoomRefusedException("room-stay-over", "No nights left",
                "The stay has no nights left to hold a room for.");
    }
}
