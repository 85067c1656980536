package gotohotel.desk.service;

import java.util.Map;

/**
 * The server refused a staff change, or could not be asked. {@code reason} is what the screen says in its own
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
        /** Some fields were refused: see the field errors. */
        INVALID,
        /** Any other refusal: the server's sentence is the message. */
        OTHER
    }

    private final Reason reason;
    private final Map<String, String> fieldErrors;

    public StaffChangeRefusedException(Reason reason, String detail, Map<String, String> fieldErrors) {
        super(detail);
        this.reason = reason;
        this.fieldErrors = Map.copyOf(fieldErrors);
    }

    public Reason reason() {
        return reason;
    }

    /** Field name (as the API names it: username, displayName, role, password, currentPassword, newPassword) → why. */
    public Map<String, String> fieldErrors() {
        return fieldErrors;
    }
}
