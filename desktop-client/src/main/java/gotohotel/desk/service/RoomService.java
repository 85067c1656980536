package gotohotel.desk.service;

import gotohotel.shared.api.HousekeepingStatus;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;

/** The hotel's rooms on this desk, the stays in them, and the room commands taken here. Blocking: call on a background thread. */
public interface RoomService {

    /** The hotel's date now (in its time zone): the rack's first night. Reads only the clock: any thread may ask. */
    LocalDate today();

    /** The rooms and the stays that hold a room type on the {@code nights} nights from {@code first}: one read. */
    Rack rack(LocalDate first, int nights);

    /** The rooms as {@link #rack} reads them, without the stays. */
    List<DeskRoom> rooms();

    /**
     * What {@link #rack} reads of these bookings only: their stays on the {@code nights} nights from {@code first}
     * (none for a booking outside them, holding no room type any more, or gone). One read by the bookings' ids.
     */
    List<RoomStay> stays(Set<UUID> bookingIds, LocalDate first, int nights);

    /**
     * Gives the booking that room as the desk shows it (a move from tonight on for an in-house guest), queued for
     * the server like a decision.
     *
     * @throws DecisionRefusedException when this desk already shows the room held on one of those nights, out of
     *                                  order or unknown, or the booking cannot have a room from its status
     */
    void assignRoom(UUID bookingId, String room);

    /** Sets the room's housekeeping as the desk shows it, queued for the server like a decision. */
    void setHousekeeping(String room, HousekeepingStatus status);

    /** Told, on a background thread, whenever rooms or the stays in them may have changed on this desk, and which. */
    void listenRooms(Consumer<RackChange> changed);
}
