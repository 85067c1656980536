package gotohotel.shared.sync;

import java.time.Instant;
import java.util.UUID;

/**
 * One decision taken on a desk: numbered by the desk ({@code seq}, per client, from 1 without gaps), with
 * the version the desk saw, when it was decided and by whom; {@code reason} for a rejection.
 */
public record SyncCommand(UUID commandId, Long seq, CommandType type, UUID reservationId, Long expectedVersion,
                          Instant issuedAt, String staff, String reason) {
}
