package gotohotel.backend.reservation;

import java.time.Instant;
import java.util.UUID;

/**
 * Who changed a reservation: the person (staff account, or "guest" / "system") and their display name then, the
 * account whose token sent the change, the desk it came from (id and name; none for the staff API) and when it was
 * decided there.
 */
public record Actor(String staff, String staffName, String account, UUID clientId, String deskName,
                    Instant decidedAt) {

    /** Who the history names for a change the night audit made. */
    public static final String NIGHT_AUDIT = "night audit";

    /** A change made online through the staff API by the signed-in person: decided when applied. */
    public static Actor staff(String account, String displayName, Instant now) {
        return new Actor(account, displayName, account, null, null, now);
    }

    /** A decision {@code staff} took on a desk, possibly offline, sent later with {@code account}'s token. */
    public static Actor desk(String staff, String staffName, String account, UUID clientId, String deskName,
                             Instant decidedAt) {
        return new Actor(staff, staffName, account, clientId, deskName, decidedAt);
    }

    /** The person who decided: the staff member named on the desk, else the account that sent the change. */
    public String person() {
        return person(staff, account);
    }

    /**
     * The person behind a change as its history line records it: the staff member named on the desk, else the
     * account. For the guest and the system (no account) it is their role, which no staff member's name equals
     * together with an account.
     */
    static String person(String staff, String account) {
        return staff != null && !staff.isBlank() ? staff.strip() : account;
    }

    /** The guest, through the guest API with the order's access token. */
    public static Actor guest(Instant now) {
        return new Actor("guest", null, null, null, null, now);
    }

    /** The nightly audit, which alone sets NO_SHOW; its history lines name it. */
    static Actor nightAudit(Instant now) {
        return new Actor(NIGHT_AUDIT, null, null, null, null, now);
    }

    static Actor system(Instant now) {
        return new Actor("system", null, null, null, null, now);
    }
}
