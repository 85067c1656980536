package gotohotel.shared.api;

/** Staff credentials. */
public record StaffLoginRequest(String username, String password) {

    @Override
    public String toString() {
        return "StaffLoginRequest[username=" + username + "]";
    }
}
