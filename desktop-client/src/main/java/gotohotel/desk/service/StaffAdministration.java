package gotohotel.desk.service;

import gotohotel.shared.api.StaffRole;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Staff accounts and desks, managed from the desk by a manager while it is online, and one's own password (anyone
 * signed in online). Blocking except {@link #role()}: call on a background thread. Every refusal is a
 * {@link StaffChangeRefusedException}. Passwords are sent once and never kept, logged or returned.
 */
public interface StaffAdministration {

    /** The signed-in person's role as the server gave it at sign-in; empty before an online sign-in. Never blocks. */
    Optional<StaffRole> role();

    List<StaffMember> accounts();

    StaffMember create(String username, String displayName, StaffRole role, String firstPassword);

    /** Renames and re-roles an account (null leaves a field as it is). */
    StaffMember change(String username, String displayName, StaffRole role);

    /** Disables an account (its sessions end at once, it cannot sign in) or enables it again. */
    StaffMember enable(String username, boolean enabled);

    void resetPassword(String username, String newPassword);

    void changeOwnPassword(String currentPassword, String newPassword);

    List<RegisteredDesk> desks();

    /** The desk's decisions are refused from now on (a stolen laptop). */
    RegisteredDesk revoke(UUID deskId);
}
