package gotohotel.desk.store;

import gotohotel.shared.api.HousekeepingStatus;
import gotohotel.shared.sync.RoomSnapshot;
import java.time.LocalDate;

/**
 * A cached room: the server's snapshot and the housekeeping the desk shows, {@code localHousekeeping}, which is the
 * server's with the desk's queued changes on top ({@code waiting} when any is queued).
 */
public record LocalRoom(RoomSnapshot server, HousekeepingStatus localHousekeeping, boolean waiting) {

    public String number() {
        return server.number();
    }

    /** Whether the room is out of order on that night. */
    public boolean outOfOrderOn(LocalDate night) {
        return server.outOfOrder().stream().anyMatch(o -> !night.isBefore(o.from()) && night.isBefore(o.until()));
    }
}
