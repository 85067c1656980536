package gotohotel.backend.sync;

import static gotohotel.backend.support.Bookings.request;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import gotohotel.backend.support.EndToEndTest;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;

/**
 * The changes feed never skips a change: many writers move reservations on (and new bookings arrive)
 * while a reader pages the feed in small pages; at the end the reader holds every reservation's final
 * version. A position handed out before a slower transaction commits would make the reader pass it.
 */
class ChangesFeedEndToEndTests extends EndToEndTest {

    @Test
    void aReaderPagingWhileManyWritersChangeReservationsEndsWithEveryFinalVersion() {
        String staff = staffToken();
        var reservations = new ArrayList<String>();
        for (int i = 0; i < 24; i++) {
            reservations.add(api.post("/api/orders", request(i % 2 == 0 ? "STANDARD" : "DELUXE"), null).body()
                    .get("orderId").asString());
        }
        var ids = await().atMost(Duration.ofSeconds(30)).until(() -> jdbc.queryForList(
                "SELECT id::text FROM reservation WHERE order_id::text IN (" + placeholders(reservations.size()) + ")",
                String.class, reservations.toArray()), found -> found.size() == reservations.size());

        var writing = new AtomicBoolean(true);
        var writers = new ArrayList<CompletableFuture<Void>>();
        for (int w = 0; w < 6; w++) {
            var mine = ids.subList(w * 4, w * 4 + 4);
            writers.add(CompletableFuture.runAsync(() -> {
                for (String step : List.of("confirm", "room", "check-in", "check-out")) {
                    for (String id : mine) {
                        if (step.equals("room")) {
                            assignRoom(id, staff);   // a guest is checked in to a room
                        } else {
                            assertThat(api.post("/api/staff/reservations/" + id + "/" + step, null, staff).status())
                                    .isEqualTo(200);
                        }
                    }
                }
            }));
        }
        writers.add(CompletableFuture.runAsync(() -> {
            for (int i = 0; i < 12; i++) {
                api.post("/api/orders", request("FAMILY"), null);
            }
        }));
        var allWritten = CompletableFuture.allOf(writers.toArray(CompletableFuture[]::new))
                .whenComplete((done, failure) -> writing.set(false));

        Map<String, Long> seen = new HashMap<>();
        var cursor = new String[1];
        while (writing.get()) {
            read(staff, cursor, seen);
        }
        allWritten.join();
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            assertThat(jdbc.queryForObject("SELECT count(*) FROM event_publication WHERE completion_date IS NULL",
                    Long.class)).isZero();
        });
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            while (read(staff, cursor, seen)) {
                // to the end of the feed
            }
            var truth = jdbc.queryForList("SELECT id::text AS id, version FROM reservation");
            for (var row : truth) {
                assertThat(seen.get((String) row.get("id"))).as("version of %s the reader holds", row.get("id"))
                        .isEqualTo(((Number) row.get("version")).longValue());
            }
        });
    }

    /**
     * Reads one page of five after {@code cursor[0]}, keeping the newest version per reservation, and moves
     * the cursor on; true while the feed has more.
     */
    private boolean read(String staff, String[] cursor, Map<String, Long> seen) {
        var page = api.get("/api/sync/changes?limit=5" + (cursor[0] == null ? "" : "&since=" + cursor[0]), staff);
        assertThat(page.status()).isEqualTo(200);
        for (var change : page.body().get("changes")) {
            seen.merge(change.get("reservationId").asString(), change.get("version").asLong(), Math::max);
        }
        cursor[0] = page.body().get("nextCursor").asString();
        return page.body().get("hasMore").asBoolean();
    }

    private static String placeholders(int count) {
        return String.join(",", java.util.Collections.nCopies(count, "?"));
    }
}
