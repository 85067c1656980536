package gotohotel.shared.sync;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.util.UUID;

/** A registered desk as managers see it: who registered it, when it last sent commands, whether it is revoked. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record DeskView(UUID deskId, String name, String registeredBy, Instant registeredAt, Instant lastSeenAt,
                       Instant revokedAt, String revokedBy) {
}
