package gotohotel.backend.sync;

import static org.assertj.core.api.Assertions.assertThat;

import gotohotel.backend.reservation.ReservationFeed.Mark;
import gotohotel.backend.support.Api.Response;
import gotohotel.backend.support.EndToEndTest;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Rooms in the desks' changes feed, over real HTTP on the real database: a first download carries every room, a
 * room's change follows in the feed's one order with the reservations (a page is the entries after the cursor up
 * to the limit, whatever their kind), and a cursor whose last entry is a room continues without skip or repeat and
 * passes the check that the feed did not go backwards (decision 39).
 */
class RoomsInTheFeedEndToEndTests extends EndToEndTest {

    @Test
    void aFirstDownloadCarriesEveryRoom() {
        var rooms = new HashSet<String>();
        String since = null;
        while (true) {
            var page = changes(staffToken(), since, 7);
            page.body().path("rooms").forEach(room -> rooms.add(room.get("number").asString()));
            since = page.body().get("nextCursor").asString();
            if (!page.body().get("hasMore").asBoolean()) {
                break;
            }
        }
        assertThat(rooms).contains("101", "110", "201", "208", "301", "305", "501", "502");
        assertThat(rooms.stream().filter(number -> number.matches("[1-5]0\\d|110"))).hasSize(25);
    }

    @Test
    void roomsAndReservationsFollowInOneOrderAndACursorAtARoomContinuesWithoutSkipOrRepeat() {
        String staff = staffToken();
        String start = drain(staff, null);

        housekeeping("102", "DIRTY", staff);
        String reservationId = reservationOf(placeOrder());
        housekeeping("103", "DIRTY", staff);

        var entries = new ArrayList<String>();
        String since = start;
        String cursorAtRoom = null;
        while (true) {
            var page = changes(staff, since, 1);
            assertThat(page.status()).as(page.text()).isEqualTo(200);
            var onPage = entries(page);
            assertThat(onPage).hasSizeLessThanOrEqualTo(1);
            entries.addAll(onPage);
            since = page.body().get("nextCursor").asString();
            if (onPage.equals(List.of("room 102"))) {
                cursorAtRoom = since;
            }
            if (!page.body().get("hasMore").asBoolean()) {
                break;
            }
        }
        assertThat(entries).containsSubsequence("room 102", "reservation " + reservationId, "room 103");
        assertThat(entries).doesNotHaveDuplicates();

        var mark = Cursor.parse(cursorAtRoom).last();
        assertThat(mark.reservationId()).isEqualTo(roomId("102"));
        var after = entries(drainAll(staff, cursorAtRoom));
        assertThat(after).containsSubsequence("reservation " + reservationId, "room 103").doesNotContain("room 102");
    }

    @Test
    void aCursorAtARoomThatMovedOnStaysGoodAndAnotherVersionThereIsAFeedThatWentBackwards() {
        String staff = staffToken();
        String start = drain(staff, null);
        housekeeping("104", "DIRTY", staff);
        String atRoom = drain(staff, start);
        var cursor = Cursor.parse(atRoom);
        assertThat(cursor.last().reservationId()).isEqualTo(roomId("104"));

        housekeeping("104", "CLEAN", staff);   // the room moves on: its old position is left behind
        var next = changes(staff, atRoom, 1000);

        assertThat(next.status()).as(next.text()).isEqualTo(200);
        assertThat(entries(next)).contains("room 104");
        assertThat(next.body().get("rooms").get(0).get("housekeeping").asString()).isEqualTo("CLEAN");

        var before = epoch();
        var lost = new Cursor(cursor.epoch(), cursor.position(), false,
                new Mark(cursor.last().reservationId(), cursor.last().version() + 5, cursor.last().updatedAtMillis()));
        var reset = changes(staff, lost.toString(), 1000);
        assertThat(reset.status()).as(reset.text()).isEqualTo(409);
        assertThat(reset.body().get("type").asString()).isEqualTo("urn:gotohotel:problem:sync-feed-reset");
        assertThat(epoch()).isNotEqualTo(before);
    }

    private void housekeeping(String number, String status, String staff) {
        var answer = api.put("/api/staff/rooms/" + number + "/housekeeping", Map.of("status", status), staff);
        assertThat(answer.status()).as(answer.text()).isEqualTo(200);
    }

    /** A page's entries in the order the feed gives them: "reservation <id>" and "room <number>", by position. */
    private static List<String> entries(Response page) {
        var entries = new ArrayList<String>();
        page.body().get("changes").forEach(change -> entries.add("reservation " + change.get("reservationId").asString()
                + " v" + change.get("version").asLong()));
        page.body().path("rooms").forEach(room -> entries.add("room " + room.get("number").asString()));
        return entries.stream().map(entry -> entry.startsWith("reservation") ? entry.substring(0, entry.indexOf(" v"))
                : entry).toList();
    }

    private UUID roomId(String number) {
        return jdbc.queryForObject("SELECT id FROM room WHERE number = ?", UUID.class, number);
    }

    private Response changes(String staff, String since, int limit) {
        return api.get("/api/sync/changes?limit=" + limit + (since == null ? "" : "&since=" + since), staff);
    }

    private String drain(String staff, String since) {
        while (true) {
            var page = changes(staff, since, 1000);
            assertThat(page.status()).as(page.text()).isEqualTo(200);
            since = page.body().get("nextCursor").asString();
            if (!page.body().get("hasMore").asBoolean()) {
                return since;
            }
        }
    }

    /** Every entry from {@code since} to the feed's end, as one page's worth. */
    private Response drainAll(String staff, String since) {
        var page = changes(staff, since, 1000);
        assertThat(page.body().get("hasMore").asBoolean()).isFalse();
        return page;
    }

    private UUID epoch() {
        return jdbc.queryForObject("SELECT epoch FROM sync_feed_epoch WHERE id = 1", UUID.class);
    }
}
