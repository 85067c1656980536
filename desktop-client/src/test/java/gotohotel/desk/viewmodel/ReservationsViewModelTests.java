package gotohotel.desk.viewmodel;

import static org.assertj.core.api.Assertions.assertThat;

import gotohotel.desk.service.AccessService;
import gotohotel.desk.service.Decision;
import gotohotel.desk.service.DeskBooking;
import gotohotel.desk.service.DeskStatus;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ReservationsViewModelTests {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 26);
    private final Clock clock = Clock.fixed(Instant.parse("2026-11-26T10:00:00Z"), ZoneOffset.UTC);
    private final FakeDesk services = new FakeDesk();
    private DeskViewModel desk;
    private ReservationsViewModel model;

    @BeforeEach
    void desk() {
        services.add("Kim Minji", "DELUXE", TODAY, 2, "CONFIRMED");
        services.add("Lee Jun", "STANDARD", TODAY, 1, "PENDING_CONFIRMATION");
        services.add("Park Sora", "SUITE", TODAY.minusDays(2), 2, "CHECKED_IN");
        services.add("Choi Hana", "FAMILY", TODAY.minusDays(1), 3, "CHECKED_IN");
        services.add("Jung Woo", "STANDARD", TODAY.plusDays(5), 2, "PENDING_CONFIRMATION");
        desk = new DeskViewModel(services, services, new SameThreadExecutor(), clock);
        model = desk.reservations();
        desk.load();
    }

    private List<String> shown() {
        return model.sortedBookings().stream().map(row -> row.booking().guestName()).sorted().toList();
    }

    private BookingRow row(String guest) {
        return model.allBookings().stream().filter(r -> r.booking().guestName().equals(guest)).findFirst()
                .orElseThrow();
    }

    @Test
    void quickViewsShowArrivalsPendingInHouseAndDepartures() {
        assertThat(model.loadedProperty().get()).isTrue();
        assertThat(shown()).hasSize(5);

        model.quickViewProperty().set(QuickView.ARRIVALS_TODAY);
        assertThat(shown()).containsExactly("Kim Minji", "Lee Jun");
        model.quickViewProperty().set(QuickView.PENDING_CONFIRMATION);
        assertThat(shown()).containsExactly("Jung Woo", "Lee Jun");
        model.quickViewProperty().set(QuickView.IN_HOUSE);
        assertThat(shown()).containsExactly("Choi Hana", "Park Sora");
        model.quickViewProperty().set(QuickView.DEPARTURES_TODAY);
        assertThat(shown()).containsExactly("Park Sora");
    }

    @Test
    void aNoShowFromTheSyncLeavesTheArrivalsAndShowsAmongTheNoShows() {
        var late = services.add("Han Bora", "DELUXE", TODAY, 2, "CONFIRMED");
        services.arrive(late);
        model.quickViewProperty().set(QuickView.ARRIVALS_TODAY);
        assertThat(shown()).contains("Han Bora");

        services.arrive(new DeskBooking(late.id(), late.orderId(), late.guestName(), late.phone(), late.roomType(),
                late.checkIn(), late.checkOut(), late.guestCount(), "NO_SHOW", late.amount(), late.currency(), false,
                "night audit", late.updatedAt().plusSeconds(86_400)));

        assertThat(shown()).doesNotContain("Han Bora");
        model.quickViewProperty().set(QuickView.NO_SHOWS);
        assertThat(shown()).containsExactly("Han Bora");
        assertThat(row("Han Bora").booking().lastChangedBy()).isEqualTo("night audit");
        model.select(row("Han Bora"));
        for (var decision : Decision.values()) {
            assertThat(model.canDecide(decision)).as(decision.name()).isFalse();
        }
    }

    @Test
    void searchFindsAGuestByNamePhoneOrOrderId() {
        model.searchProperty().set("minji");
        assertThat(shown()).containsExactly("Kim Minji");

        String phone = row("Lee Jun").booking().phone();
        model.searchProperty().set(phone.replace("-", " "));
        assertThat(shown()).containsExactly("Lee Jun");

        model.searchProperty().set(row("Park Sora").booking().orderId().toString().substring(0, 13).toUpperCase());
        assertThat(shown()).containsExactly("Park Sora");
    }

    @Test
    void dateRangeKeepsTheStaysOverlappingIt() {
        model.fromProperty().set(TODAY.plusDays(3));
        model.toProperty().set(TODAY.plusDays(10));

        assertThat(shown()).containsExactly("Jung Woo");
    }

    @Test
    void aDecisionChangesTheRowAtOnceAndShowsItWaits() {
        model.select(row("Lee Jun"));
        assertThat(model.canDecide(Decision.CONFIRM)).isTrue();
        assertThat(model.canDecide(Decision.CHECK_IN)).isFalse();
        assertThat(model.canDecide(Decision.CHECK_OUT)).isFalse();

        model.decide(Decision.CONFIRM, null);

        assertThat(row("Lee Jun").booking().status()).isEqualTo("CONFIRMED");
        assertThat(row("Lee Jun").booking().waiting()).isTrue();
        assertThat(services.decisions).containsExactly("CONFIRM Lee Jun");
        assertThat(model.canDecide(Decision.CHECK_IN)).isTrue();
        assertThat(model.illegal(Decision.CONFIRM).get()).isTrue();
    }

    @Test
    void aRefusedDecisionPutsTheRowBackAndSaysWhy() {
        services.refuseDecisions = true;
        model.select(row("Kim Minji"));

        model.decide(Decision.CHECK_IN, null);

        assertThat(row("Kim Minji").booking().status()).isEqualTo("CONFIRMED");
        assertThat(row("Kim Minji").booking().waiting()).isFalse();
        assertThat(model.messageProperty().get()).contains("Cannot");
    }

    @Test
    void aRejectionWithoutAReasonIsNotTaken() {
        model.select(row("Lee Jun"));

        model.decide(Decision.REJECT, "  ");

        assertThat(services.decisions).isEmpty();
        assertThat(row("Lee Jun").booking().status()).isEqualTo("PENDING_CONFIRMATION");
        assertThat(model.messageProperty().get()).isEqualTo("error.reason-required");

        model.decide(Decision.REJECT, "Hotel closed for works");
        assertThat(services.decisions).containsExactly("REJECT Lee Jun Hotel closed for works");
        assertThat(row("Lee Jun").booking().status()).isEqualTo("REJECTED");
    }

    @Test
    void aBookingFromTheSyncAppearsAndAChangeReplacesItsRowInPlace() {
        var rowsBefore = model.allBookings().size();
        var newcomer = services.add("Yoon Seo", "DELUXE", TODAY.plusDays(1), 1, "PENDING_CONFIRMATION");

        services.arrive(newcomer);
        assertThat(model.allBookings()).hasSize(rowsBefore + 1);
        assertThat(shown()).contains("Yoon Seo");

        int position = model.allBookings().indexOf(row("Yoon Seo"));
        services.arrive(newcomer.after(Decision.CONFIRM));
        assertThat(model.allBookings()).hasSize(rowsBefore + 1);
        assertThat(model.allBookings().get(position).booking().status()).isEqualTo("CONFIRMED");
    }

    @Test
    void theSelectedBookingShowsItsHistoryAndFollowsChanges() {
        var lee = row("Lee Jun");
        model.select(lee);
        assertThat(model.history()).extracting(h -> h.action()).containsExactly("CREATE");

        services.arrive(lee.booking().after(Decision.CONFIRM));

        assertThat(model.selectedProperty().get().booking().status()).isEqualTo("CONFIRMED");
    }

    @Test
    void theStatusShowsQueuedDecisionsAndConflictsStaffDismiss() {
        var status = desk.status();
        services.push(new DeskStatus(false, false, 3, Instant.parse("2026-11-26T09:59:00Z"), "No answer",
                List.of(FakeDesk.conflict(7, "Kim Minji"))));

        assertThat(status.onlineProperty().get()).isFalse();
        assertThat(status.queuedProperty().get()).isEqualTo(3);
        assertThat(status.lastErrorProperty().get()).isEqualTo("No answer");
        assertThat(status.conflicts()).hasSize(1);

        status.dismiss(status.conflicts().get(0));

        assertThat(status.conflicts()).isEmpty();
        assertThat(services.dismissed).containsExactly(7L);
    }

    @Test
    void occupancyCountsRoomsSoldPerTypeAndNight() {
        var occupancy = desk.occupancy();
        occupancy.refresh();

        assertThat(occupancy.nights()).hasSize(14).first().isEqualTo(TODAY);
        var byType = occupancy.lines().stream()
                .collect(java.util.stream.Collectors.toMap(OccupancyViewModel.Line::roomType, l -> l.sold()));
        assertThat(byType.get("DELUXE")).startsWith(1, 1, 0);
        assertThat(byType.get("STANDARD")).startsWith(1, 0, 0, 0, 0, 1, 1, 0);
        assertThat(byType.get("SUITE")).isNull();   // checked in, leaving today: no night from today on
        assertThat(byType.get("FAMILY")).startsWith(1, 1, 0);   // arrived yesterday for three nights
    }

    @Test
    void signInSaysWhyItFailedAndOpensOfflineWhenTheServerIsAway() {
        var signIn = new SignInViewModel(services, new SameThreadExecutor(), "http://127.0.0.1:8088", false);
        signIn.recall();
        assertThat(signIn.serverProperty().get()).isEqualTo("http://desk.example:8088");
        assertThat(signIn.usernameProperty().get()).isEqualTo("mina");

        signIn.passwordProperty().set("wrong");
        var opened = new java.util.ArrayList<AccessService.Mode>();
        signIn.signIn(opened::add);
        assertThat(opened).isEmpty();
        assertThat(signIn.errorProperty().get()).isEqualTo("signin.error.REFUSED");
        assertThat(signIn.passwordProperty().get()).isEmpty();

        services.serverReachable = false;
        signIn.passwordProperty().set("secret");
        signIn.signIn(opened::add);
        assertThat(opened).containsExactly(AccessService.Mode.OFFLINE);
    }

    @Test
    void anExpiredSessionAsksForThePasswordAgainAndKeepsTheQueue() {
        services.push(new DeskStatus(true, true, 2, null, "Sign in again to send the queued decisions", List.of()));
        assertThat(desk.status().signInRequiredProperty().get()).isTrue();

        var answers = new java.util.ArrayList<String>();
        desk.signInAgain("wrong", answers::add);
        desk.signInAgain("secret", answers::add);

        assertThat(answers).containsExactly("signin.error.REFUSED", null);
        assertThat(desk.status().queuedProperty().get()).isEqualTo(2);
    }

    @Test
    void aTableDroppingItsSelectionWhileTheRowsChangeDoesNotClearTheSelectedBooking() {
        assertThat(model.rowsChangingProperty().get()).as("loading changed the rows").isTrue();
        model.rowsSettled();   // what a table says once it has taken them
        model.tableSelected(row("Lee Jun"));
        assertThat(model.selectedProperty().get().booking().guestName()).isEqualTo("Lee Jun");

        model.searchProperty().set("minji");   // the shown rows change: a table drops its selection
        assertThat(model.rowsChangingProperty().get()).isTrue();
        model.tableSelected(null);
        assertThat(model.selectedProperty().get().booking().guestName()).isEqualTo("Lee Jun");

        model.rowsSettled();
        model.tableSelected(row("Kim Minji"));
        assertThat(model.selectedProperty().get().booking().guestName()).isEqualTo("Kim Minji");
    }

    @Test
    void aRefusedSignInAgainShowsInTheStatusBar() {
        services.push(new DeskStatus(true, true, 2, null, null, List.of()));

        desk.signInAgain("wrong");
        assertThat(desk.status().lastErrorProperty().get()).isEqualTo("signin.error.REFUSED");
    }
}
