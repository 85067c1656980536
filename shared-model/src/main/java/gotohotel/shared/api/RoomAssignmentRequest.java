package gotohotel.shared.api;

/**
 * The room a stay is to hold ({@code PUT /api/staff/reservations/{id}/room}): before arrival every night of the stay,
 * for an in-house guest the nights from tonight on (a room move).
 *
 * @param upgrade         true to give a room of another type than the booked one (refused without it)
 * @param expectedVersion the reservation's version the receptionist saw (optional)
 */
public record RoomAssignmentRequest(String room, Boolean upgrade, Long expectedVersion) {

    public boolean upgrading() {
        return Boolean.TRUE.equals(upgrade);
    }
}
