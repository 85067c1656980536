package gotohotel.shared.api;

/** A staff member changes their own password, proving they know the current one. */
public record PasswordChange(String currentPassword, String newPassword) {

    @Override
    public String toString() {
        return "PasswordChange[]";
    }
}
