package gotohotel.shared.api;

/** A manager sets a new password for someone else's account. */
public record PasswordReset(String password) {

    @Override
    public String toString() {
        return "PasswordReset[]";
    }
}
