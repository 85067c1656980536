package gotohotel.desk.service;

import gotohotel.shared.api.HousekeepingStatus;
import gotohotel.shared.api.RoomView;
import java.time.LocalDate;
import java.util.List;

/**
 * A room as the desk shows it: its housekeeping with this desk's queued changes on top ({@code waiting} while any
 * is not answered), out of service (sellable, flagged) and its out-of-order nights.
 */
public record DeskRoom(String number, String roomType, HousekeepingStatus housekeeping, boolean outOfService,
                       List<RoomView.OutOfOrder> outOfOrder, boolean waiting) {

    public DeskRoom {
        outOfOrder = List.copyOf(outOfOrder);
    }

    public boolean outOfOrderOn(LocalDate night) {
        return outOfOrder.stream().anyMatch(o -> !night.isBefore(o.from()) && night.isBefore(o.until()));
    }
}
