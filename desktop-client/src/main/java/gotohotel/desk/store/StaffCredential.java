package gotohotel.desk.store;

import java.time.Instant;

/**
 * A salted slow hash of a staff member's password, kept so the desk can open offline; never the password.
 *
 * @param salt base64
 * @param hash base64
 * @param passwordSetAt when the server says the password was set (null from a server that does not say)
 */
public record StaffCredential(String username, String algorithm, int iterations, String salt, String hash,
                              Instant updatedAt, Instant passwordSetAt) {

    @Override
    public String toString() {
        return "StaffCredential[" + username + " " + algorithm + " x" + iterations + "]";
    }
}
