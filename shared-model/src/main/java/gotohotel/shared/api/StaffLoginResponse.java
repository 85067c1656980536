package gotohotel.shared.api;

import java.time.Instant;
import java.util.UUID;

/**
 * A bearer token for the staff API and when it stops working, with the identity of the server that issued it
 * (made once per server database; null from a server older than decision 28), the account's role and when its
 * password was last set (a desk keeps it with the password's hash, to learn of a later change).
 */
public record StaffLoginResponse(String token, Instant expiresAt, String displayName, UUID serverId, StaffRole role,
                                 Instant passwordChangedAt) {

    @Override
    public String toString() {
        return "StaffLoginResponse[expiresAt=" + expiresAt + ", displayName=" + displayName + ", serverId="
                + serverId + ", role=" + role + "]";
    }
}
