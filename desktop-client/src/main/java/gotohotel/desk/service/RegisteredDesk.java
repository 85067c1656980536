package gotohotel.desk.service;

import java.time.Instant;
import java.util.UUID;

/** A desk the server knows: who registered it, when it was last heard of, whether it is revoked. */
public record RegisteredDesk(UUID id, String name, String registeredBy, Instant lastSeenAt, Instant revokedAt) {

    public boolean revoked() {
        return revokedAt != null;
    }
}
