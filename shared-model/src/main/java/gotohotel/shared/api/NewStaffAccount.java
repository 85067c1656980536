package gotohotel.shared.api;

/** A manager creates an account with a first password the person changes later. */
public record NewStaffAccount(String username, String displayName, StaffRole role, String password) {

    @Override
    public String toString() {
        return "NewStaffAccount[username=" + username + ", displayName=" + displayName + ", role=" + role + "]";
    }
}
