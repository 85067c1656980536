package gotohotel.backend.sync;

import gotohotel.backend.domain.DomainRuleException;
import java.util.UUID;

/**
 * The desk's cursor is not in this server's changes feed (decision 39): it belongs to another feed epoch, or the
 * feed went backwards under it (a database restored from an older backup). The desk downloads everything again.
 */
class FeedResetException extends DomainRuleException {

    FeedResetException(UUID serverId, UUID epoch) {
        super("sync-feed-reset", "Not in this server's changes feed", "This cursor is not in this server's changes"
                + " feed (its database was restored from a backup or replaced): download everything again, without a"
                + " cursor.");
        fact("serverId", serverId);
        fact("feedEpoch", epoch);
    }
}
