package gotohotel.backend.rooms;

import gotohotel.backend.domain.IllegalTransitionException;
import gotohotel.shared.api.HousekeepingStatus;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * A numbered room of a room type. Every change is a verb that makes a new version, names who made it and when, and
 * notes a line for the room's history; the repository writes both.
 */
final class Room {

    private final UUID id;
    private String number;
    private String roomType;
    private HousekeepingStatus housekeeping;
    private boolean outOfService;
    private long version;
    private String updatedBy;
    private Instant updatedAt;
    private Instant housekeepingAt;
    private final List<Change> changes = new ArrayList<>();

    /** A line of the room's history: the version a change made, what it was, who made it and when. */
    record Change(long version, String action, String detail, String by, Instant at) {
    }

    Room(UUID id, String number, String roomType, HousekeepingStatus housekeeping, boolean outOfService, long version,
         String updatedBy, Instant updatedAt, Instant housekeepingAt) {
        this.id = id;
        this.number = number;
        this.roomType = roomType;
        this.housekeeping = housekeeping;
        this.outOfService = outOfService;
        this.version = version;
        this.updatedBy = updatedBy;
        this.updatedAt = updatedAt;
        this.housekeepingAt = housekeepingAt;
    }

    /** A new room, clean. */
    static Room add(String number, String roomType, String by, Instant now) {
        var room = new Room(UUID.randomUUID(), number, roomType, HousekeepingStatus.CLEAN, false, 0, by, now, now);
        room.changed("ADDED", number + " (" + roomType + ")", by, now);
        return room;
    }

    void rename(String newNumber, String by, Instant now) {
        if (!newNumber.equals(number)) {
            String old = number;
            number = newNumber;
            changed("RENAMED", old + " → " + newNumber, by, now);
        }
    }

    void moveTo(String newType, String by, Instant now) {
        if (!newType.equals(roomType)) {
            String old = roomType;
            roomType = newType;
            changed("MOVED", old + " → " + newType, by, now);
        }
    }

    void flagOutOfService(boolean flagged, String by, Instant now) {
        if (flagged != outOfService) {
            outOfService = flagged;
            changed(flagged ? "OUT_OF_SERVICE" : "IN_SERVICE", null, by, now);
        }
    }

    /**
     * Housekeeping's status, whoever sets it (the roles are checked before); a status the room already has changes
     * nothing.
     *
     * @throws IllegalTransitionException for INSPECTED from anything but CLEAN
     */
    void markHousekeeping(HousekeepingStatus status, String by, Instant now) {
        if (status == housekeeping) {
            return;
        }
        if (status == HousekeepingStatus.INSPECTED && housekeeping != HousekeepingStatus.CLEAN) {
            throw new IllegalTransitionException("room " + number, housekeeping, "inspect it (only a clean room)");
        }
        housekeeping = status;
        housekeepingAt = now;
        changed(status.name(), null, by, now);
    }

    /** A repair booked or ended: the dates live beside the room, the change is the room's. */
    void outOfOrderChanged(String action, String detail, String by, Instant now) {
        changed(action, detail, by, now);
    }

    private void changed(String action, String detail, String by, Instant now) {
        version++;
        updatedBy = by;
        updatedAt = now;
        changes.add(new Change(version, action, detail, by, now));
    }

    /** The changes not yet written, handed to the repository once. */
    List<Change> takeChanges() {
        var taken = List.copyOf(changes);
        changes.clear();
        return taken;
    }

    static String words(HousekeepingStatus status) {
        return status.name().toLowerCase(java.util.Locale.ROOT);
    }

    UUID id() {
        return id;
    }

    String number() {
        return number;
    }

    String roomType() {
        return roomType;
    }

    HousekeepingStatus housekeeping() {
        return housekeeping;
    }

    boolean outOfService() {
        return outOfService;
    }

    long version() {
        return version;
    }

    String updatedBy() {
        return updatedBy;
    }

    Instant updatedAt() {
        return updatedAt;
    }

    Instant housekeepingAt() {
        return housekeepingAt;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Room room && room.id.equals(id);
    }

    @Override
    public int hashCode() {
        return Objects.hash(id);
    }
}
