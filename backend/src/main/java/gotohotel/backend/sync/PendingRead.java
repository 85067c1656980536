package gotohotel.backend.sync;

import gotohotel.shared.sync.ChangesPage;
import java.util.List;
import org.springframework.http.ResponseEntity;
import org.springframework.web.context.request.async.DeferredResult;

/**
 * One changes request from its arrival to its answer. It arrives with the cursor the desk sent ({@link #asked}) and
 * is admitted by the feed's reader ({@link Admissions}: its staff token and its cursor checked, many requests in one
 * read), then answered at the reader's next round, or — when it waits and there is nothing new — at the first round
 * after a change commits, or with an empty page when its wait is over. Identity, not the fields, tells two requests
 * apart: two requests of one desk at the same cursor are two waiters.
 */
final class PendingRead {

    private final String desk;
    private final Cursor asked;
    private final int limit;
    private final boolean waits;
    private final boolean gzip;
    private final DeferredResult<ResponseEntity<byte[]>> result;
    private volatile Cursor cursor;   // set once, by the reader, when admitted

    /**
     * @param desk whose request it is, for the per-desk cap ({@link DeskKey})
     * @param gzip whether the request accepts its page gzipped ({@link PageJson#acceptsGzip})
     */
    PendingRead(String desk, Cursor asked, int limit, boolean waits, boolean gzip,
                DeferredResult<ResponseEntity<byte[]>> result) {
        this.desk = desk;
        this.asked = asked;
        this.limit = limit;
        this.waits = waits;
        this.gzip = gzip;
        this.result = result;
    }

    /** Requests that can share one read: the same cursor and the same page size. */
    record Group(Cursor cursor, int limit) {
    }

    String desk() {
        return desk;
    }

    Cursor asked() {
        return asked;
    }

    boolean waits() {
        return waits;
    }

    DeferredResult<ResponseEntity<byte[]>> result() {
        return result;
    }

    void admit(Cursor opened) {
        cursor = opened;
    }

    boolean admitted() {
        return cursor != null;
    }

    /** The cursor as checked against the feed and stamped with its epoch; null until admitted. */
    Cursor cursor() {
        return cursor;
    }

    Group group() {
        return new Group(cursor, limit);
    }

    /** Nothing new: the same position, as the feed itself answers an empty page (for an admitted request). */
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
}
