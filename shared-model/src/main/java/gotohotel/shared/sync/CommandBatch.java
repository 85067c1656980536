package gotohotel.shared.sync;

import java.util.List;
import java.util.UUID;

/** The decisions a desk ({@code clientId}) sends at once, in {@code seq} order. */
public record CommandBatch(UUID clientId, List<SyncCommand> commands) {
}
