package gotohotel.desk.viewmodel;

import static org.assertj.core.api.Assertions.assertThat;

import gotohotel.desk.service.Decision;
import gotohotel.desk.service.HistoryEntry;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The history pane of the selected booking while the server answers late or never. */
class SelectedHistoryTests {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 26);
    private static final Duration PATIENCE = ReservationsViewModel.SERVER_PATIENCE;
    private final FakeDesk services = new FakeDesk();
    private final SameThreadExecutor ui = new SameThreadExecutor();
    private ReservationsViewModel model;

    @BeforeEach
    void desk() {
        services.add("Kim Minji", "DELUXE", TODAY, 2, "CONFIRMED");
        services.add("Lee Jun", "STANDARD", TODAY, 1, "PENDING_CONFIRMATION");
        var desk = new DeskViewModel(services, services, ui,
                Clock.fixed(Instant.parse("2026-11-26T10:00:00Z"), ZoneOffset.UTC));
        model = desk.reservations();
        desk.load();
    }

    @Test
    void anotherBookingsLinesAreClearedAtOnceAndThisDesksKnowledgeFollowsWhenTheServerIsSilent() {
        services.serverSilent = true;
        var kim = row("Kim Minji");
        model.select(kim);
        assertThat(model.historyShownProperty().get()).isEqualTo(HistoryShown.LOADING);
        assertThat(model.history()).isEmpty();
        ui.elapse(PATIENCE);
        assertThat(model.historyShownProperty().get()).isEqualTo(HistoryShown.THIS_DESK);
        assertThat(statuses()).containsExactly("CONFIRMED");

        var lee = row("Lee Jun");
        model.select(lee);

        assertThat(model.history()).as("none of Kim Minji's lines under Lee Jun's name").isEmpty();
        assertThat(model.historyShownProperty().get()).isEqualTo(HistoryShown.LOADING);
        ui.elapse(PATIENCE.minusMillis(1));
        assertThat(model.history()).isEmpty();
        ui.elapse(Duration.ofMillis(1));
        assertThat(model.historyShownProperty().get()).isEqualTo(HistoryShown.THIS_DESK);
        assertThat(model.history()).containsExactlyElementsOf(services.localHistory(lee.booking().id()));
        assertThat(statuses()).containsExactly("PENDING_CONFIRMATION");
    }

    @Test
    void aStaleAnswerIsDroppedAndItsRequestCancelled() {
        services.serverSilent = true;
        var kim = row("Kim Minji");
        var lee = row("Lee Jun");
        model.select(kim);
        model.select(lee);   // before the server or the patience ran out for Kim Minji

        assertThat(services.historyAsked.get(kim.booking().id()).cancelWanted).isTrue();
        services.serverAnswersHistory(kim.booking().id());   // already on its way
        assertThat(model.history()).isEmpty();
        ui.elapse(PATIENCE);
        assertThat(model.history()).containsExactlyElementsOf(services.localHistory(lee.booking().id()));
    }

    @Test
    void theServersAnswerReplacesThisDesksKnowledgeWhenItComesAfterAll() {
        services.serverSilent = true;
        var lee = row("Lee Jun");
        model.select(lee);
        ui.elapse(PATIENCE);
        assertThat(model.historyShownProperty().get()).isEqualTo(HistoryShown.THIS_DESK);

        services.serverAnswersHistory(lee.booking().id());

        assertThat(model.historyShownProperty().get()).isEqualTo(HistoryShown.SERVER);
        assertThat(model.history()).extracting(HistoryEntry::action).containsExactly("CREATE");
    }

    @Test
    void anAnsweringServerIsShownWithoutWaiting() {
        var lee = row("Lee Jun");
        model.select(lee);

        assertThat(model.historyShownProperty().get()).isEqualTo(HistoryShown.SERVER);
        assertThat(model.history()).extracting(HistoryEntry::action).containsExactly("CREATE");
        ui.elapse(PATIENCE);
        assertThat(model.historyShownProperty().get()).isEqualTo(HistoryShown.SERVER);
    }

    @Test
    void theSameBookingChangingKeepsItsLinesUntilTheNewOnesCome() {
        var lee = row("Lee Jun");
        model.select(lee);
        services.serverSilent = true;

        model.decide(Decision.CONFIRM, null);

        assertThat(model.history()).extracting(HistoryEntry::action).containsExactly("CREATE");
        ui.elapse(PATIENCE);
        assertThat(model.historyShownProperty().get()).isEqualTo(HistoryShown.THIS_DESK);
        assertThat(model.history()).last().satisfies(line -> {
            assertThat(line.action()).isEqualTo("CONFIRM");
            assertThat(line.pending()).isTrue();
        });
    }

    @Test
    void nothingSelectedShowsNoHistory() {
        model.select(row("Lee Jun"));
        model.select(null);

        assertThat(model.history()).isEmpty();
        assertThat(model.historyShownProperty().get()).isEqualTo(HistoryShown.NOTHING);
    }

    private List<String> statuses() {
        return model.history().stream().map(HistoryEntry::status).toList();
    }

    private BookingRow row(String guest) {
        return model.allBookings().stream().filter(r -> r.booking().guestName().equals(guest)).findFirst()
                .orElseThrow();
    }
}
