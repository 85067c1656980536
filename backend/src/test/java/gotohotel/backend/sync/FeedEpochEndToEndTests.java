package gotohotel.backend.sync;

import static org.assertj.core.api.Assertions.assertThat;

import gotohotel.backend.reservation.ReservationFeed.Mark;
import gotohotel.backend.support.Api.Response;
import gotohotel.backend.support.EndToEndTest;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * The changes feed knows its own history (decision 39), over real HTTP on the real database: a cursor it handed out
 * stays good however the reservations move on; a cursor of another epoch, or one the feed went backwards under (what
 * a database restored from an older backup looks like to a desk that did not push), is a 409 {@code
 * sync-feed-reset}, and a feed that went backwards draws a new epoch so every desk of the old history resyncs.
 */
class FeedEpochEndToEndTests extends EndToEndTest {

    @Test
    void aCursorTheFeedHandedOutStaysInItWhileItsReservationMovesOn() {
        String staff = staffToken();
        String reservationId = reservationOf(placeOrder());
        var page = drain(staff, null);
        var cursor = Cursor.parse(page.body().get("nextCursor").asString());

        assertThat(cursor.epoch()).isEqualTo(epoch());
        assertThat(page.body().get("feedEpoch").asString()).isEqualTo(epoch().toString());
        assertThat(page.body().get("serverId").asString()).isEqualTo(serverId());
        assertThat(cursor.last()).isNotNull();
        // the last change the desk received moves on: its position is left behind, the cursor stays good
        assertThat(api.post("/api/staff/reservations/" + cursor.last().reservationId() + "/confirm", null, staff)
                .status()).isIn(200, 409);
        assertThat(api.post("/api/staff/reservations/" + reservationId + "/confirm", null, staff).status())
                .isIn(200, 409);

        var next = changes(staff, cursor.toString());
        assertThat(next.status()).isEqualTo(200);
        var ids = new java.util.ArrayList<String>();
        next.body().get("changes").forEach(change -> ids.add(change.get("reservationId").asString()));
        assertThat(ids).contains(reservationId);
        assertThat(epoch()).isEqualTo(cursor.epoch());
    }

    @Test
    void aCursorFromBeforeEpochsIsTakenWhileTheFeedReachesItsPositionAndAnsweredWithAnEpoch() {
        String staff = staffToken();
        reservationOf(placeOrder());
        long last = lastPosition();

        var answer = changes(staff, String.valueOf(last - 1));

        assertThat(answer.status()).isEqualTo(200);
        assertThat(Cursor.parse(answer.body().get("nextCursor").asString()).epoch()).isEqualTo(epoch());
        assertThat(changes(staff, "s0").status()).isEqualTo(200);
    }

    @Test
    void aCursorOfAnotherEpochIsAResetAndChangesNothing() {
        String staff = staffToken();
        reservationOf(placeOrder());
        var cursor = Cursor.parse(drain(staff, null).body().get("nextCursor").asString());
        var before = epoch();

        var answer = changes(staff, new Cursor(UUID.randomUUID(), cursor.position(), false, cursor.last()).toString());

        assertReset(answer);
        assertThat(epoch()).isEqualTo(before);
    }

    @Test
    void aCursorWithoutAnEpochBeyondTheFeedResetsThatDeskAloneNotEveryDesk() {
        String staff = staffToken();
        var before = epoch();

        var answer = changes(staff, String.valueOf(lastPosition() + 1_000_000));   // an old desk's, or made up

        assertReset(answer);
        assertThat(epoch()).isEqualTo(before);
    }

    @Test
    void aFeedThatWentBackwardsBelowTheCursorDrawsANewEpochAndEveryOldCursorIsReset() {
        String staff = staffToken();
        reservationOf(placeOrder());
        var otherDesk = drain(staff, null).body().get("nextCursor").asString();
        var before = Cursor.parse(otherDesk);
        // a desk that read further before the database was restored from an older backup
        var ahead = new Cursor(before.epoch(), lastPosition() + 50, false,
                new Mark(UUID.randomUUID(), 3, System.currentTimeMillis()));

        var answer = changes(staff, ahead.toString());

        assertThat(epoch()).isNotEqualTo(before.epoch());
        assertReset(answer);
        assertReset(changes(staff, otherDesk));
        var fresh = drain(staff, null);
        assertThat(Cursor.parse(fresh.body().get("nextCursor").asString()).epoch()).isEqualTo(epoch());
    }

    @Test
    void anotherChangeAtTheCursorsPositionIsAFeedThatWentBackwards() {
        String staff = staffToken();
        reservationOf(placeOrder());
        var cursor = Cursor.parse(drain(staff, null).body().get("nextCursor").asString());
        var held = cursor.last();
        // the restored database went on without the desk's last change: another one took its position
        var another = new Cursor(cursor.epoch(), cursor.position(), false,
                new Mark(UUID.randomUUID(), held.version(), held.updatedAtMillis()));

        assertReset(changes(staff, another.toString()));

        assertThat(epoch()).isNotEqualTo(cursor.epoch());
    }

    @Test
    void aReservationOlderThanTheChangeTheDeskReceivedIsAFeedThatWentBackwards() {
        String staff = staffToken();
        String reservationId = reservationOf(placeOrder());
        var epoch = epoch();
        long version = jdbc.queryForObject("SELECT version FROM reservation WHERE id = ?::uuid", Long.class,
                reservationId);
        long position = jdbc.queryForObject("SELECT change_position FROM reservation WHERE id = ?::uuid", Long.class,
                reservationId);
        assertThat(api.post("/api/staff/reservations/" + reservationId + "/confirm", null, staff).status())
                .isEqualTo(200);
        var movedOn = new Cursor(epoch, position, false, new Mark(UUID.fromString(reservationId), version, 0));
        // a desk that received a later version there than the restored database ever reached
        var lost = new Cursor(epoch, position, false, new Mark(UUID.fromString(reservationId), version + 2, 0));

        assertThat(changes(staff, movedOn.toString()).status()).isEqualTo(200);
        assertReset(changes(staff, lost.toString()));
        assertThat(epoch()).isNotEqualTo(epoch);
    }

    private void assertReset(Response answer) {
        assertThat(answer.status()).as(answer.text()).isEqualTo(409);
        assertThat(answer.contentType()).startsWith("application/problem+json");
        assertThat(answer.body().get("type").asString()).isEqualTo("urn:gotohotel:problem:sync-feed-reset");
        assertThat(answer.body().get("serverId").asString()).isEqualTo(serverId());
        assertThat(answer.body().get("feedEpoch").asString()).isEqualTo(epoch().toString());
    }

    private Response changes(String staff, String since) {
        return api.get("/api/sync/changes?limit=1000" + (since == null ? "" : "&since=" + since), staff);
    }

    /** Pages through the feed from {@code since} to its end; returns the last page. */
    private Response drain(String staff, String since) {
        while (true) {
            var page = changes(staff, since);
            assertThat(page.status()).as(page.text()).isEqualTo(200);
            if (!page.body().get("hasMore").asBoolean()) {
                return page;
            }
            since = page.body().get("nextCursor").asString();
        }
    }

    private UUID epoch() {
        return jdbc.queryForObject("SELECT epoch FROM sync_feed_epoch WHERE id = 1", UUID.class);
    }

    private String serverId() {
        return jdbc.queryForObject("SELECT server_id::text FROM server_identity WHERE id = 1", String.class);
    }

    private long lastPosition() {
        return jdbc.queryForObject("SELECT last_position FROM reservation_change_counter WHERE id = 1", Long.class);
    }
}
