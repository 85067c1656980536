package gotohotel.backend.sync;

import gotohotel.shared.sync.ChangesPage;
import java.util.List;
import org.springframework.http.ResponseEntity;
import org.springframework.web.context.request.async.DeferredResult;

/**
 * One changes request waiting for the feed's reader: answered at the reader's next round, or — when it waits
 * ({@code waits}) and there is nothing new — at the first round after a change commits, or with an empty page
 * when its wait is over.
 *
 * @param desk whose request it is, for the per-desk cap ({@link DeskKey})
 * @param gzip whether the request accepts its page gzipped ({@link PageJson#acceptsGzip})
 */
record PendingRead(String desk, Cursor cursor, int limit, boolean waits, boolean gzip,
                   DeferredResult<ResponseEntity<byte[]>> result) {

    /** Requests that can share one read: the same cursor and the same page size. */
    record Group(Cursor cursor, int limit) {
    }

    Group group() {
        return new Group(cursor, limit);
    }

    /** Nothing new: the same position, as the feed itself answers an empty page. */
    ChangesPage nothingNew() {
        return new ChangesPage(List.of(), cursor.following().toString(), false);
    }

    /**
     * Answers with the page, gzipped when the request accepts it; false when the request was already answered or
     * is over (its wait timed out, its client went away).
     */
    boolean answer(PageJson.Page page) {
        return result.setResult(page.answer(gzip));
    }

    // identity, not the fields: two requests of one desk at the same cursor are two waiters
    @Override
    public boolean equals(Object other) {
        return this == other;
    }

    @Override
    public int hashCode() {
        return System.identityHashCode(this);
    }
}
