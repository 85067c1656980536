package gotohotel.shared.sync;

import com.fasterxml.jackson.annotation.JsonInclude;
import gotohotel.shared.api.HousekeepingStatus;
import gotohotel.shared.api.RoomView;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A room as the desk caches it, carried by the changes feed like a reservation; {@code version} decides what is
 * newer. A room's number can change (a rename): {@code roomId} is what stays.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record RoomSnapshot(UUID roomId, String number, String roomType, HousekeepingStatus housekeeping,
                           boolean outOfService, List<RoomView.OutOfOrder> outOfOrder, long version,
                           Instant updatedAt, String lastChangedBy) {
}
