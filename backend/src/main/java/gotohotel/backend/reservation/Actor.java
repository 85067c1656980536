package gotohotel.backend.reservation;

import java.time.Instant;
import java.util.UUID;

/**
 * Who changed a reservation: the staff member named on the desk, the account whose token sent the change,
 * the desk installation it came from (none for the staff API) and when it was decided there.
 */
public record Actor(String staff, String account, UUID clientId, Instant decidedAt) {

    /** A change made online through the staff API: decided when applied. */
    public static Actor staff(String account, Instant now) {
        return new Actor(account, account, null, now);
    }

    /** A decision taken on a desk, possibly offline, sent later by {@code account}. */
    public static Actor desk(String staff, String account, UUID clientId, Instant decidedAt) {
        return new Actor(staff, account, clientId, decidedAt);
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

    static Actor guest(Instant now) {
        return new Actor("guest", null, null, now);
    }

    static Actor system(Instant now) {
        return new Actor("system", null, null, now);
    }
}
