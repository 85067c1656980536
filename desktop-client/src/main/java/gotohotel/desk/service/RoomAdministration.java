package gotohotel.desk.service;

import java.time.LocalDate;
import java.util.List;

/**
 * The hotel's rooms managed from the desk by a manager while it is online: add, rename, move to another room type,
 * flag out of service, take out of order for dates and put back in order. Blocking: call on a background thread.
 * Every refusal is a {@link StaffChangeRefusedException}; a room taken off sale on nights its type's bookings need
 * is refused naming those bookings ({@link StaffChangeRefusedException.Reason#ROOMS_NEEDED}).
 */
public interface RoomAdministration {

    /** Every room by type and number, with its out-of-order dates not over yet. */
    List<ManagedRoom> rooms();

    /** The room types' codes, in the server's order. */
    List<String> roomTypes();

    /** A new room (clean); one more room of the type on sale from today. */
    ManagedRoom add(String number, String roomType);

    /**
     * Renames the room, moves it to another type or sets its out-of-service flag; a null argument leaves that as it
     * is.
     */
    ManagedRoom change(String number, String newNumber, String roomType, Boolean outOfService);

    /** Off sale for the nights {@code from} to {@code until} (exclusive), for a reason staff can read. */
    ManagedRoom takeOutOfOrder(String number, LocalDate from, LocalDate until, String reason);

    /** Back in order: the nights of that out-of-order period still ahead go on sale again. */
    ManagedRoom backInOrder(String number, long outOfOrderId);
}
