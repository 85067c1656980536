package gotohotel.backend.rooms;

import gotohotel.backend.domain.DomainRuleException;
import java.time.LocalDate;
import java.util.UUID;

/**
 * Another stay holds the room on one of the nights asked for (the primary key of room_stay_night said so). The
 * rooms context knows which stay, not whose: the reservation context names the guest ({@link #naming(String)}).
 */
public class RoomTakenException extends DomainRuleException {

    private final String room;
    private final LocalDate night;
    private final UUID holder;

    RoomTakenException(String room, LocalDate night, UUID holder) {
        this(room, night, holder, "Room " + room + " is held by another stay on the night of " + night + ".");
    }

    private RoomTakenException(String room, LocalDate night, UUID holder, String detail) {
        super("room-taken", "Room taken", detail);
        this.room = room;
        this.night = night;
        this.holder = holder;
        fact("room", room);
        fact("night", night.toString());
    }

    /** The same refusal, its sentence naming the other stay's guest. */
    public RoomTakenException naming(String guestName) {
        return new RoomTakenException(room, night, holder, "Room " + room + " is held by another stay (" + guestName
                + ") on the night of " + night + ".");
    }

    /** The reservation that holds the room. */
    public UUID holder() {
        return holder;
    }
}
