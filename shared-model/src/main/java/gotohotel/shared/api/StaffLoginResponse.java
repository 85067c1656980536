package gotohotel.shared.api;

import java.time.Instant;

/** A bearer token for the staff API and when it stops working. */
public record StaffLoginResponse(String token, Instant expiresAt, String displayName) {

    @Override
    public String toString() {
        return "StaffLoginResponse[expiresAt=" + expiresAt + ", displayName=" + displayName + "]";
    }
}
