package gotohotel.backend.reservation;

import static org.assertj.core.api.Assertions.assertThat;

import gotohotel.backend.support.EndToEndTest;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The front desk's listing with every combination of its optional filters (each present and absent), on
 * whatever database the run uses (H2 locally, PostgreSQL in CI), and its pages.
 */
class ReservationListingEndToEndTests extends EndToEndTest {

    @Autowired
    ReservationRepository repository;

    private LocalDate day;
    private UUID pending;
    private UUID confirmed;
    private UUID cancelled;
    private UUID confirmedLater;

    /** Four reservations in a decade of their own, far beyond any other test's stays. */
    @BeforeEach
    void reservations() {
        day = LocalDate.of(2200, 1, 1).plusDays(ThreadLocalRandom.current().nextInt(0, 50_000) * 40L);
        pending = insert(ReservationStatus.PENDING_CONFIRMATION, day, day.plusDays(2));
        confirmed = insert(ReservationStatus.CONFIRMED, day.plusDays(3), day.plusDays(5));
        cancelled = insert(ReservationStatus.CANCELLED, day.plusDays(6), day.plusDays(8));
        confirmedLater = insert(ReservationStatus.CONFIRMED, day.plusDays(20), day.plusDays(22));
    }

    @Test
    void searchesWithEveryCombinationOfStatusFromAndTo() {
        var c = ReservationStatus.CONFIRMED;
        assertThat(search(null, null, null)).containsSubsequence(pending, confirmed, cancelled, confirmedLater);
        assertThat(search(c, null, null)).containsSubsequence(confirmed, confirmedLater).doesNotContain(pending, cancelled);
        assertThat(search(null, day.plusDays(5), null)).containsSubsequence(cancelled, confirmedLater)
                .doesNotContain(pending, confirmed);
        assertThat(search(null, null, day.plusDays(3))).contains(pending)
                .doesNotContain(confirmed, cancelled, confirmedLater);
        assertThat(search(null, day.plusDays(1), day.plusDays(7))).containsExactly(pending, confirmed, cancelled);
        assertThat(search(c, day.plusDays(4), null)).containsSubsequence(confirmed, confirmedLater)
                .doesNotContain(pending, cancelled);
        assertThat(search(c, null, day.plusDays(4))).contains(confirmed)
                .doesNotContain(pending, cancelled, confirmedLater);
        assertThat(search(c, day, day.plusDays(10))).containsExactly(confirmed);
    }

    @Test
    void continuesAfterACursorWithAndWithoutFilters() {
        var first = repository.search(new ReservationQuery(null, day, day.plusDays(30), null), 2);
        assertThat(first).extracting(Reservation::id).containsExactly(pending, confirmed);
        var rest = repository.search(new ReservationQuery(null, day, day.plusDays(30), first.get(1).cursor()), 10);
        assertThat(rest).extracting(Reservation::id).containsExactly(cancelled, confirmedLater);
        var confirmedAfter = repository.search(
                new ReservationQuery(ReservationStatus.CONFIRMED, null, null, first.get(1).cursor()), 10_000);
        assertThat(confirmedAfter).extracting(Reservation::id).contains(confirmedLater).doesNotContain(confirmed);
    }

    @Test
    void listsADateRangeWithoutAStatusOverHttp() {
        var response = api.get("/api/staff/reservations?from=" + day + "&to=" + day.plusDays(10), staffToken());

        assertThat(response.status()).isEqualTo(200);
        assertThat(ids(response.body())).containsExactly(pending, confirmed, cancelled);
        for (String query : List.of("", "?status=CONFIRMED", "?from=" + day, "?to=" + day,
                "?status=CONFIRMED&from=" + day, "?status=CONFIRMED&to=" + day.plusDays(1))) {
            assertThat(api.get("/api/staff/reservations" + query, staffToken()).status()).as(query).isEqualTo(200);
        }
    }

    @Test
    void pagesLinkTheNextPageUntilTheLast() {
        String staff = staffToken();
        var first = api.get("/api/staff/reservations?from=" + day + "&to=" + day.plusDays(30) + "&size=3", staff);
        assertThat(ids(first.body())).containsExactly(pending, confirmed, cancelled);
        String link = first.header("Link");
        assertThat(link).endsWith("; rel=\"next\"").contains("after=" + first.header("X-Next-Cursor"));

        String next = link.substring(link.indexOf("/api/"), link.indexOf('>'));
        var second = api.get(next, staff);
        assertThat(ids(second.body())).containsExactly(confirmedLater);
        assertThat(second.header("Link")).isNull();
        assertThat(second.header("X-Next-Cursor")).isNull();
    }

    @Test
    void refusesPageSizesOutsideTheLimitsAndForeignCursors() {
        String staff = staffToken();
        assertThat(api.get("/api/staff/reservations?size=0", staff).status()).isEqualTo(400);
        assertThat(api.get("/api/staff/reservations?size=501", staff).status()).isEqualTo(400);
        assertThat(api.get("/api/staff/reservations?after=bm90LWEtY3Vyc29y", staff).status()).isEqualTo(400);
    }

    private List<UUID> search(ReservationStatus status, LocalDate from, LocalDate to) {
        return repository.search(new ReservationQuery(status, from, to, null), 100_000).stream()
                .map(Reservation::id).toList();
    }

    private static List<UUID> ids(tools.jackson.databind.JsonNode list) {
        var ids = new ArrayList<UUID>();
        list.forEach(row -> ids.add(UUID.fromString(row.get("reservationId").asString())));
        return ids;
    }

    private UUID insert(ReservationStatus status, LocalDate checkIn, LocalDate checkOut) {
        UUID id = UUID.randomUUID();
        var now = Timestamp.from(Instant.now());
        jdbc.update("""
                INSERT INTO reservation (id, order_id, version, status, guest_name, room_type, check_in, check_out,
                                         guest_count, created_at, updated_at)
                VALUES (?, ?, 0, ?, 'Listing Guest', 'DELUXE', ?, ?, 2, ?, ?)""", id, UUID.randomUUID(),
                status.name(), Date.valueOf(checkIn), Date.valueOf(checkOut), now, now);
        return id;
    }
}
