package gotohotel.backend.sync;

import java.util.UUID;

/**
 * The desk's cursor is not in this server's changes feed (decision 39): it belongs to another feed epoch, or the
 * feed went backwards under it (a database restored from an older backup). The desk downloads everything again.
 */
class FeedResetException extends RuntimeException {

    private final UUID serverId;
    private final UUID epoch;

    FeedResetException(UUID serverId, UUID epoch) {
        super("This cursor is not in this server's changes feed (its database was restored from a backup or"
                + " replaced): download everything again, without a cursor.");
        this.serverId = serverId;
        this.epoch = epoch;
    }

    UUID serverId() {
        return serverId;
    }

    UUID epoch() {
        return epoch;
    }
}
