package gotohotel.desk.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import gotohotel.desk.store.DeskStore;
import gotohotel.desk.viewmodel.DayListsViewModel;
import gotohotel.desk.viewmodel.SameThreadExecutor;
import gotohotel.shared.sync.AssignedRoom;
import gotohotel.shared.sync.ChangesPage;
import gotohotel.shared.sync.ReservationSnapshot;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The day's lists on a real SQLite file: who arrives, departs and is in house on a day, with the room each holds that
 * night, whatever the status says (cancelled, rejected and no-show on none), read again when the bookings change,
 * and printed to a PDF whose text is read back.
 */
class DayListsOnTheStoreTests {

    private static final Instant NOW = Instant.parse("2026-12-07T10:00:00Z");
    private static final LocalDate TODAY = LocalDate.of(2026, 12, 7);
    private static final Path NANUM = Path.of("/usr/share/fonts/truetype/nanum/NanumGothic.ttf");

    @TempDir
    Path directory;

    private DeskStore store;
    private DeskDayLists service;
    private DayListsViewModel lists;
    private final SameThreadExecutor ui = new SameThreadExecutor();
    private final List<ReservationSnapshot> stays = new ArrayList<>();

    @BeforeEach
    void open() {
        store = DeskStore.open(directory.resolve("desk.db"));
        stay("Arriving Ahn", "CONFIRMED", TODAY, TODAY.plusDays(2), "STANDARD", room("105", TODAY, TODAY.plusDays(2)));
        stay("Pending Park", "PENDING_CONFIRMATION", TODAY, TODAY.plusDays(1), "DELUXE");
        stay("Early Eom", "CHECKED_IN", TODAY, TODAY.plusDays(3), "SUITE", room("501", TODAY, TODAY.plusDays(3)));
        stay("Staying Seo", "CHECKED_IN", TODAY.minusDays(2), TODAY.plusDays(1), "FAMILY",
                room("301", TODAY.minusDays(2), TODAY.minusDays(1)), room("302", TODAY.minusDays(1), TODAY.plusDays(1)));
        stay("Leaving Lee", "CHECKED_IN", TODAY.minusDays(3), TODAY, "DELUXE", room("9", TODAY.minusDays(3), TODAY));
        stay("Gone Go", "CHECKED_OUT", TODAY.minusDays(1), TODAY, "DELUXE", room("10", TODAY.minusDays(1), TODAY));
        stay("Cancelled Cho", "CANCELLED", TODAY, TODAY.plusDays(2), "STANDARD");
        stay("Rejected Ryu", "REJECTED", TODAY.minusDays(1), TODAY, "STANDARD");
        stay("Absent Baek", "NO_SHOW", TODAY.minusDays(1), TODAY.plusDays(1), "STANDARD");
        stay("Later Lim", "CONFIRMED", TODAY.plusDays(1), TODAY.plusDays(2), "STANDARD");
        stay("Before Bae", "CHECKED_OUT", TODAY.minusDays(5), TODAY.minusDays(1), "STANDARD");
        stay("김민지", "CONFIRMED", TODAY, TODAY.plusDays(1), "FAMILY", room("303", TODAY, TODAY.plusDays(1)));
        store.applyDownload(null, new ChangesPage(List.copyOf(stays), "1", false), NOW);
        service = new DeskDayLists(store, Optional::empty, Clock.fixed(NOW, ZoneOffset.UTC),
                new DayListsPdf(DayListsPdf.FONTS));
        lists = new DayListsViewModel(service, ui);
    }

    @AfterEach
    void close() {
        store.close();
    }

    @Test
    void todaysListsHoldWhoArrivesDepartsAndSleepsHereWithTheirRooms() {
        lists.show();

        assertThat(lists.dayProperty().get()).isEqualTo(TODAY);
        // by room, in number order; guests without a room last
        assertThat(lists.arrivals()).extracting(DayGuest::guestName, DayGuest::room)
                .containsExactly(tuple("Arriving Ahn", "105"), tuple("김민지", "303"), tuple("Early Eom", "501"),
                        tuple("Pending Park", null));
        assertThat(lists.departures()).extracting(DayGuest::guestName, DayGuest::room)
                .containsExactly(tuple("Leaving Lee", "9"), tuple("Gone Go", "10"));
        assertThat(lists.inHouse()).extracting(DayGuest::guestName, DayGuest::room)
                .containsExactly(tuple("Staying Seo", "302"), tuple("Early Eom", "501"));
        var early = lists.inHouse().get(1);
        assertThat(List.of(early.roomType(), early.status(), String.valueOf(early.nights()), String.valueOf(early.guests())))
                .containsExactly("SUITE", "CHECKED_IN", "3", "2");
    }

    @Test
    void aPastDayCountsGuestsWhoHaveSinceLeftAsInHouseAndOtherDaysAreChosenByArrows() {
        lists.show();
        lists.previousDay();

        assertThat(lists.dayProperty().get()).isEqualTo(TODAY.minusDays(1));
        assertThat(lists.arrivals()).extracting(DayGuest::guestName).containsExactly("Gone Go");
        assertThat(lists.departures()).extracting(DayGuest::guestName).containsExactly("Before Bae");
        assertThat(lists.inHouse()).extracting(DayGuest::guestName, DayGuest::room)
                .containsExactly(tuple("Leaving Lee", "9"), tuple("Gone Go", "10"), tuple("Staying Seo", "302"));

        lists.choose(TODAY.minusDays(2));
        assertThat(lists.inHouse()).extracting(DayGuest::guestName, DayGuest::room)
                .containsExactly(tuple("Leaving Lee", "9"), tuple("Staying Seo", "301"), tuple("Before Bae", null));

        lists.today();
        lists.nextDay();
        assertThat(lists.arrivals()).extracting(DayGuest::guestName).containsExactly("Later Lim");
        assertThat(lists.departures()).extracting(DayGuest::guestName)
                .containsExactly("Staying Seo", "김민지", "Pending Park");
        assertThat(lists.inHouse()).extracting(DayGuest::guestName).containsExactly("Early Eom");
    }

    @Test
    void aGuestWhoLeftEarlyDepartsOnTheDayTheyLeftAndIsInHouseUntilThen() {
        stay("Early Leaver Eun", "CHECKED_OUT", TODAY.minusDays(2), TODAY.plusDays(2), "DELUXE",
                room("204", TODAY.minusDays(2), TODAY));   // checked out this morning (the snapshot's time, NOW)
        store.applyDownload("1", new ChangesPage(List.of(stays.get(stays.size() - 1)), "2", false), NOW);

        lists.show();
        assertThat(lists.departures()).extracting(DayGuest::guestName, DayGuest::room)
                .contains(tuple("Early Leaver Eun", "204"));
        assertThat(lists.inHouse()).extracting(DayGuest::guestName).doesNotContain("Early Leaver Eun");
        lists.previousDay();
        assertThat(lists.inHouse()).extracting(DayGuest::guestName).contains("Early Leaver Eun");
        assertThat(lists.departures()).extracting(DayGuest::guestName).doesNotContain("Early Leaver Eun");
        lists.choose(TODAY.plusDays(2));   // the check-out day booked: gone already
        assertThat(lists.departures()).extracting(DayGuest::guestName).doesNotContain("Early Leaver Eun");
    }

    @Test
    void aChangeDownloadedWhileTheListsAreShownIsInThemWhenTheBookingsChange() {
        lists.show();
        var arriving = stays.get(0);
        store.applyDownload("1", new ChangesPage(List.of(new ReservationSnapshot(arriving.reservationId(),
                arriving.orderId(), "CANCELLED", 2, arriving.guestName(), arriving.phone(), arriving.roomType(),
                arriving.checkIn(), arriving.checkOut(), 2, arriving.amount(), "KRW", NOW, "guest", List.of())),
                "2", false), NOW);

        lists.bookingsChanged();

        assertThat(lists.arrivals()).extracting(DayGuest::guestName).doesNotContain("Arriving Ahn")
                .contains("Pending Park");
        lists.hidden();
        stay("Walk-in Woo", "CONFIRMED", TODAY, TODAY.plusDays(1), "STANDARD");
        store.applyDownload("2", new ChangesPage(List.of(stays.get(stays.size() - 1)), "3", false), NOW);
        lists.bookingsChanged();
        assertThat(lists.arrivals()).extracting(DayGuest::guestName).doesNotContain("Walk-in Woo");   // off screen
        lists.show();
        assertThat(lists.arrivals()).extracting(DayGuest::guestName).contains("Walk-in Woo");
    }

    @Test
    void thePrintedPdfHoldsTheThreeListsWithRoomsNamesAndStatusesAsText() throws IOException {
        lists.show();
        Path pdf = directory.resolve("today.pdf");

        lists.print(pdf, day -> labels(day));

        assertThat(lists.messageProperty().get()).isEqualTo("lists.printed");
        assertThat(lists.printedProperty().get()).isEqualTo(pdf);
        String text = textOf(pdf);
        assertThat(text).contains("Lists of " + TODAY, "Arrivals (4)", "Departures (2)", "In house (2)");
        assertThat(lines(text, "Arrivals (4)", "Departures (2)")).containsSubsequence(
                "105 Arriving Ahn 010-0000-0000 Standard 2026-12-07 – 2026-12-09 2 2 Confirmed",
                "501 Early Eom 010-0000-0000 Suite 2026-12-07 – 2026-12-10 3 2 Checked in",
                "Pending Park 010-0000-0000 Deluxe 2026-12-07 – 2026-12-08 1 2 Pending confirmation");
        assertThat(lines(text, "Departures (2)", "In house (2)")).containsSubsequence(
                "9 Leaving Lee 010-0000-0000 Deluxe 2026-12-04 – 2026-12-07 3 2 Checked in",
                "10 Gone Go 010-0000-0000 Deluxe 2026-12-06 – 2026-12-07 1 2 Checked out");
        assertThat(lines(text, "In house (2)", null)).filteredOn(line -> line.contains(" 010-"))
                .extracting(line -> line.substring(0, line.indexOf(" 010-")))
                .containsExactly("302 Staying Seo", "501 Early Eom");
        assertThat(text).doesNotContain("Cancelled Cho", "Rejected Ryu", "Absent Baek");
    }

    @Test
    void koreanNamesArePrintedInAHangulFontAndWithoutOneAsQuestionMarksNotAsAFailure() throws IOException {
        assumeThat(NANUM).as("fonts-nanum (installed by .ci/run)").isRegularFile();
        lists.show();
        Path korean = directory.resolve("korean.pdf");
        Path latin = directory.resolve("latin.pdf");

        lists.print(korean, day -> labels(day));
        service = null;
        new DayListsPdf(List.of(directory.resolve("no-such-font.ttf"))).write(lists(), labels(TODAY), latin);

        assertThat(textOf(korean)).contains("303 김민지");
        assertThat(textOf(latin)).contains("303 ???", "105 Arriving Ahn");
    }

    @Test
    void aLongListGoesOnToMorePagesWithItsColumnHeadingsAgain() throws IOException {
        var many = new ArrayList<DayGuest>();
        for (int i = 0; i < 80; i++) {
            many.add(new DayGuest(UUID.randomUUID(), "Guest " + i, null, String.valueOf(100 + i), "STANDARD", TODAY,
                    TODAY.plusDays(1), 1, "CONFIRMED", null));
        }
        Path pdf = directory.resolve("long.pdf");

        new DayListsPdf(DayListsPdf.FONTS).write(new DayLists(TODAY, many, List.of(), List.of()), labels(TODAY), pdf);

        try (var document = Loader.loadPDF(pdf.toFile())) {
            assertThat(document.getNumberOfPages()).isGreaterThan(1);
            var secondPage = new PDFTextStripper();
            secondPage.setStartPage(2);
            secondPage.setEndPage(2);
            assertThat(secondPage.getText(document)).startsWith("Room Guest Phone");
        }
        assertThat(textOf(pdf)).contains("Guest 0", "Guest 79", "Departures (0)", "Nobody.");
    }

    private DayLists lists() {
        return new DayLists(TODAY, lists.arrivals(), lists.departures(), lists.inHouse());
    }

    private static PrintLabels labels(LocalDate day) {
        return new PrintLabels("Lists of " + day, "Printed by test", "Arrivals", "Departures", "In house",
                List.of("Room", "Guest", "Phone", "Room type", "Stay", "Nights", "Guests", "Status"), "Nobody.",
                status -> switch (status) {
                    case "CONFIRMED" -> "Confirmed";
                    case "CHECKED_IN" -> "Checked in";
                    case "CHECKED_OUT" -> "Checked out";
                    case "PENDING_CONFIRMATION" -> "Pending confirmation";
                    default -> status;
                }, type -> type.charAt(0) + type.substring(1).toLowerCase());
    }

    private static String textOf(Path pdf) throws IOException {
        try (var document = Loader.loadPDF(pdf.toFile())) {
            return new PDFTextStripper().getText(document);
        }
    }

    /** The lines between two headings (to the end when {@code until} is null). */
    private static List<String> lines(String text, String from, String until) {
        int start = text.indexOf(from);
        int end = until == null ? text.length() : text.indexOf(until);
        return text.substring(start, end).lines().map(String::strip).toList();
    }

    private static org.assertj.core.groups.Tuple tuple(Object... values) {
        return org.assertj.core.groups.Tuple.tuple(values);
    }

    private static AssignedRoom room(String number, LocalDate from, LocalDate until) {
        return new AssignedRoom(number, from, until);
    }

    private void stay(String guest, String status, LocalDate checkIn, LocalDate checkOut, String roomType,
                      AssignedRoom... rooms) {
        stays.add(new ReservationSnapshot(UUID.randomUUID(), UUID.randomUUID(), status, 1, guest, "010-0000-0000",
                roomType, checkIn, checkOut, 2, new BigDecimal("120000"), "KRW", NOW, "guest", List.of(rooms)));
    }
}
