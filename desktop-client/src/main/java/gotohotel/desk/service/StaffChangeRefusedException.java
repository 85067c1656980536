package gotohotel.desk.service;

import java.util.List;
import java.util.Map;

/**
 * The server refused a change made on the desk's online screens (staff accounts, desks, rooms, a booking for a
 * guest), or could not be asked. {@code reason} is what the screen says in its own
 * words; {@code fieldErrors} are the server's words per field (English), shown next to the fields.
 */
public class StaffChangeRefusedException extends RuntimeException {

    public enum Reason {
        /** The desk is signed out or its session ended: sign in again (online). */
        SIGNED_OUT,
        /** The server did not answer. */
        UNREACHABLE,
        /** Only managers manage staff and desks. */
        MANAGERS_ONLY,
        /** The account or desk is gone. */
        NOT_FOUND,
        /** An account with that username exists. */
        EXISTS,
        /** The last enabled manager cannot be disabled or made a receptionist. */
        LAST_MANAGER,
        /** Another room has that number. */
        ROOM_NUMBER_TAKEN,
        /** The room holds a stay on those nights, or (a move) is out of order: see the message. */
        ROOM_IN_USE,
        /** The type's bookings need every room left on some night: {@link #bookings()} names them. */
        ROOMS_NEEDED,
        /** No room of the type is left for one of the nights. */
        SOLD_OUT,
        /** The card was declined: nothing charged. */
        DECLINED,
        /** The card payment service is not answering now: nothing charged. */
        PAYMENT_UNAVAILABLE,
        /** The server is still taking the same request (sent before, its answer lost): ask again in a moment. */
        IN_PROGRESS,
        /** The request's key was used with other details: an earlier attempt may have booked. */
        KEY_REUSED,
        /** The booking's status does not allow these dates (the server's sentence says why). */
        STAY_CHANGE_REFUSED,
        /** Another room holds the stay's room on a night added. */
        ROOM_TAKEN,
        /** Some fields were refused: see the field errors. */
        INVALID,
        /** Any other refusal: the server's sentence is the message. */
        OTHER
    }

    private final Reason reason;
    private final Map<String, String> fieldErrors;
    private final List<String> bookings;

    public StaffChangeRefusedException(Reason reason, String detail, Map<String, String> fieldErrors) {
        this(reason, detail, fieldErrors, List.of());
    }

    public StaffChangeRefusedException(Reason reason, String detail, Map<String, String> fieldErrors,
                                       List<String> bookings) {
        super(detail);
        this.reason = reason;
        this.fieldErrors = Map.copyOf(fieldErrors);
        this.bookings = List.copyOf(bookings);
    }

    /** For {@link Reason#ROOMS_NEEDED}: the bookings in the way, each as "guest, check-in–check-out". */
    public List<String> bookings() {
        return bookings;
    }

    public Reason reason() {
        return reason;
    }

    /** Field name (as the API names it: username, displayName, role, password, currentPassword, newPassword) → why. */
    public Map<String, String> fieldErrors() {
        return fieldErrors;
    }
}
