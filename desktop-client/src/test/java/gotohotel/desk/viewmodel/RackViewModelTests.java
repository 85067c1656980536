package gotohotel.desk.viewmodel;

import static org.assertj.core.api.Assertions.assertThat;

import gotohotel.desk.service.DeskRoom;
import gotohotel.desk.service.Rack;
import gotohotel.desk.service.RackChange;
import gotohotel.desk.service.RoomStay;
import gotohotel.desk.text.ScreenText;
import gotohotel.shared.api.HousekeepingStatus;
import gotohotel.shared.api.RoomView;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The room rack without a screen: its lines, its bars and the two-step assignment. */
class RackViewModelTests {

    private static final LocalDate TODAY = LocalDate.of(2026, 12, 7);

    private FakeRooms rooms;
    private SameThreadExecutor ui;
    private RackViewModel rack;

    @BeforeEach
    void setUp() {
        rooms = new FakeRooms(TODAY);
        rooms.rooms.add(FakeRooms.room("201", "DELUXE", HousekeepingStatus.CLEAN));
        rooms.rooms.add(FakeRooms.room("102", "STANDARD", HousekeepingStatus.DIRTY));
        rooms.rooms.add(FakeRooms.room("101", "STANDARD", HousekeepingStatus.INSPECTED));
        ui = new SameThreadExecutor();
        rack = new RackViewModel(rooms, ui);
    }

    @Test
    void groupsRoomsByTypeInTheOrderOfTheirNumbersWithTheStaysWithoutARoomAfterThem() {
        rooms.stay("Ann", "CONFIRMED", "STANDARD", TODAY, TODAY.plusDays(2), null);
        rooms.stay("Ben", "CONFIRMED", "STANDARD", TODAY.plusDays(1), TODAY.plusDays(3), null);
        rooms.stay("Cho", "CONFIRMED", "STANDARD", TODAY.plusDays(2), TODAY.plusDays(4), null);   // fits after Ann
        rooms.stay("Dan", "CONFIRMED", "BENCH", TODAY, TODAY.plusDays(1), null);   // a type with no numbered rooms

        rack.refresh();

        assertThat(rack.nights()).hasSize(14).first().isEqualTo(TODAY);
        assertThat(rack.rows()).extracting(r -> r.kind() + " " + r.roomType() + " "
                + (r.room() == null ? r.count() : r.room().number())).containsExactly(
                "HEADER STANDARD 2", "ROOM STANDARD 101", "ROOM STANDARD 102", "UNASSIGNED STANDARD 1",
                "UNASSIGNED STANDARD 2", "HEADER DELUXE 1", "ROOM DELUXE 201", "HEADER BENCH 0",
                "UNASSIGNED BENCH 1");
        assertThat(guests(rack.rows().get(3))).containsExactly("Ann", "Ann", "Cho", "Cho", null);
        assertThat(guests(rack.rows().get(4))).containsExactly(null, "Ben", "Ben", null, null);
    }

    @Test
    void aMovedStayHasABarInEachRoomAndOutOfOrderNightsAreMarked() {
        var id = UUID.randomUUID();
        var before = new RoomStay(id, "Eun", "CHECKED_IN", "STANDARD", TODAY.minusDays(2), TODAY.plusDays(3), "101",
                TODAY.minusDays(2), TODAY.plusDays(1), false);
        var after = new RoomStay(id, "Eun", "CHECKED_IN", "STANDARD", TODAY.minusDays(2), TODAY.plusDays(3), "102",
                TODAY.plusDays(1), TODAY.plusDays(3), true);
        var broken = new DeskRoom("102", "STANDARD", HousekeepingStatus.DIRTY, true,
                List.of(new RoomView.OutOfOrder(1, TODAY.plusDays(5), TODAY.plusDays(7), "leak")), false);

        var rows = RackLayout.rows(new Rack(List.of(FakeRooms.room("101", "STANDARD", HousekeepingStatus.CLEAN),
                broken), List.of(before, after)), TODAY, 14);

        var in101 = rows.get(1).nights();
        var in102 = rows.get(2).nights();
        assertThat(in101.get(0).stay()).isEqualTo(before);
        assertThat(in101.get(0).starts()).isFalse();   // the bar began before the window
        assertThat(in101.get(0).ends()).isTrue();
        assertThat(in101.get(1).stay()).isNull();
        assertThat(in102.get(1).stay()).isEqualTo(after);
        assertThat(in102.get(1).starts()).isTrue();
        assertThat(in102.get(2).ends()).isTrue();
        assertThat(in102).extracting(RackRow.Night::outOfOrder).containsExactly(false, false, false, false, false,
                true, true, false, false, false, false, false, false, false);
    }

    @Test
    void enterOnAStayThenOnARoomAssignsItAndShowsItAtOnceWaiting() {
        rooms.stay("Ann", "CONFIRMED", "STANDARD", TODAY, TODAY.plusDays(2), null);
        rack.refresh();
        var unassigned = rack.rows().get(3);

        assertThat(rack.choose(unassigned, 0)).isTrue();
        assertThat(rack.chosenProperty().get().guestName()).isEqualTo("Ann");
        assertThat(ScreenText.parts(rack.messageProperty().get())).containsExactly("rack.chosen", "Ann");
        assertThat(rack.choose(rack.rows().get(2), 5)).isTrue();   // room 102, any night of its line

        assertThat(rooms.commands).containsExactly("ASSIGN_ROOM Ann 102");
        assertThat(rack.chosenProperty().get()).isNull();
        assertThat(rack.rows().get(2).stayOn(0)).satisfies(s -> {
            assertThat(s.guestName()).isEqualTo("Ann");
            assertThat(s.waiting()).isTrue();
        });
        assertThat(rack.rows()).noneMatch(r -> r.kind() == RackRow.Kind.UNASSIGNED);
    }

    @Test
    void aRoomTheDeskShowsHeldIsRefusedWithTheReasonAndNothingChanges() {
        rooms.stay("Ann", "CONFIRMED", "STANDARD", TODAY, TODAY.plusDays(2), "101");
        rooms.stay("Ben", "CONFIRMED", "STANDARD", TODAY.plusDays(1), TODAY.plusDays(3), null);
        rack.refresh();

        rack.choose(rack.rows().get(3), 1);
        rack.choose(rack.rows().get(1), 0);

        assertThat(rooms.commands).isEmpty();
        assertThat(ScreenText.parts(rack.messageProperty().get())[0]).isEqualTo("decision.refused.ROOM_HELD");
        assertThat(rack.rows().get(3).stayOn(1).guestName()).isEqualTo("Ben");
    }

    @Test
    void escapeLetsTheChosenStayGoAndEnterOnAFreeNightDoesNothing() {
        rooms.stay("Ann", "CONFIRMED", "STANDARD", TODAY, TODAY.plusDays(2), "101");
        rack.refresh();

        assertThat(rack.choose(rack.rows().get(2), 0)).isFalse();
        rack.choose(rack.rows().get(1), 0);
        rack.cancel();

        assertThat(rack.chosenProperty().get()).isNull();
        assertThat(rack.messageProperty().get()).isEqualTo("rack.hint");
    }

    @Test
    void housekeepingIsShownAtOnceMarkedWaiting() {
        rack.refresh();

        rack.setHousekeeping(rack.rows().get(2).room(), HousekeepingStatus.CLEAN);

        assertThat(rooms.commands).containsExactly("SET_HOUSEKEEPING 102 CLEAN");
        assertThat(rack.rows().get(2).room().housekeeping()).isEqualTo(HousekeepingStatus.CLEAN);
        assertThat(rack.rows().get(2).room().waiting()).isTrue();
    }

    @Test
    void aHiddenRackIsNotReadOnEveryChange() {
        rack.refresh();
        rack.hidden();
        rooms.setHousekeeping("101", HousekeepingStatus.DIRTY);

        assertThat(rack.rows().get(1).room().housekeeping()).isEqualTo(HousekeepingStatus.INSPECTED);
        rack.refresh();
        assertThat(rack.rows().get(1).room().housekeeping()).isEqualTo(HousekeepingStatus.DIRTY);
    }

    @Test
    void aRackReadAheadIsShownWithoutAnotherRead() {
        rooms.stay("Ann", "CONFIRMED", "STANDARD", TODAY, TODAY.plusDays(2), "101");

        rack.readAhead();
        assertThat(rooms.racksRead).isEqualTo(1);
        assertThat(rack.rows().get(1).stayOn(0).guestName()).isEqualTo("Ann");
        var read = List.copyOf(rack.rows());
        rack.show();

        assertThat(rooms.racksRead).isEqualTo(1);
        assertThat(rack.rows()).zipSatisfy(read, (shown, before) -> assertThat(shown).isSameAs(before));
    }

    @Test
    void aChangeOffScreenIsReadOnceItSettlesAndTheNextShowNeedsNoRead() {
        rack.readAhead();
        rooms.setHousekeeping("101", HousekeepingStatus.DIRTY);
        rooms.setHousekeeping("102", HousekeepingStatus.CLEAN);   // a second change before the first is read

        assertThat(rooms.reads()).as("not read on each change").isEqualTo(1);
        ui.elapse(RackViewModel.SETTLE);
        assertThat(rooms.reads()).as("both changes in one read").isEqualTo(2);
        assertThat(rooms.roomsRead).as("the rooms alone").isEqualTo(1);
        assertThat(rack.rows().get(1).room().housekeeping()).isEqualTo(HousekeepingStatus.DIRTY);
        assertThat(rack.rows().get(2).room().housekeeping()).isEqualTo(HousekeepingStatus.CLEAN);

        rack.show();
        assertThat(rooms.reads()).isEqualTo(2);
    }

    @Test
    void afterSignOutAChangeOffScreenWaitsForTheRackToBeShown() {
        rack.readAhead();
        rack.stopReadingAhead();
        rooms.setHousekeeping("101", HousekeepingStatus.DIRTY);
        ui.elapse(RackViewModel.SETTLE);

        assertThat(rooms.reads()).isEqualTo(1);
        rack.show();
        assertThat(rooms.reads()).isEqualTo(2);
        assertThat(rack.rows().get(1).room().housekeeping()).isEqualTo(HousekeepingStatus.DIRTY);
    }

    @Test
    void aChangedBookingIsReadAloneAndLaidOutWithTheStaysAlreadyRead() {
        var ann = rooms.stay("Ann", "PENDING_CONFIRMATION", "STANDARD", TODAY, TODAY.plusDays(2), null);
        rooms.stay("Bo", "CONFIRMED", "STANDARD", TODAY, TODAY.plusDays(3), "101");
        var cy = rooms.stay("Cy", "CONFIRMED", "DELUXE", TODAY.plusDays(1), TODAY.plusDays(2), null);
        var di = rooms.stay("Di", "CONFIRMED", "STANDARD", TODAY, TODAY.plusDays(1), "201");   // an upgrade
        rack.refresh();
        int annsLine = lineOf("Ann");

        rooms.stays.replaceAll(s -> s == ann ? new RoomStay(s.bookingId(), "Ann", "CONFIRMED", s.roomType(),
                s.checkIn(), s.checkOut(), null, s.from(), s.until(), false) : s);   // confirmed on this desk
        rooms.stays.remove(cy);   // cancelled: it holds no room type any more
        rooms.stays.replaceAll(s -> s == di ? new RoomStay(s.bookingId(), "Di", "CONFIRMED", s.roomType(),
                s.checkIn(), s.checkOut(), "102", s.from(), s.until(), true) : s);   // from the DELUXE room to 102
        rooms.changed(new RackChange(Set.of(ann.bookingId(), cy.bookingId(), di.bookingId()), false));

        assertThat(rooms.racksRead).as("the window not read again").isEqualTo(1);
        assertThat(rooms.staysRead).containsExactly(Set.of(ann.bookingId(), cy.bookingId(), di.bookingId()));
        assertThat(rack.rows().get(lineOf("Di")).room().number()).isEqualTo("102");
        assertThat(rack.rows().get(annsLine).stayOn(0).status()).isEqualTo("CONFIRMED");
        assertThat(rack.rows().get(lineOf("Bo")).room().number()).isEqualTo("101");
        assertThat(rack.rows()).noneMatch(line -> line.nights().stream()
                .anyMatch(night -> night.stay() != null && night.stay().guestName().equals("Cy")));
        assertThat(rack.rows()).as("as the whole window read again lays it out").isEqualTo(readAgain());
    }

    @Test
    void manyChangedBookingsReadTheWholeWindowAgain() {
        rack.refresh();
        var many = java.util.stream.IntStream.range(0, 501).mapToObj(i -> UUID.randomUUID())
                .collect(java.util.stream.Collectors.toSet());

        rooms.changed(new RackChange(many, false));

        assertThat(rooms.racksRead).isEqualTo(2);
        assertThat(rooms.staysRead).isEmpty();
    }

    private int lineOf(String guest) {
        for (int i = 0; i < rack.rows().size(); i++) {
            var stay = rack.rows().get(i).stayOn(0);
            if (stay != null && guest.equals(stay.guestName())) {
                return i;
            }
        }
        throw new AssertionError("no line with " + guest + " tonight");
    }

    private List<RackRow> readAgain() {
        var fresh = new RackViewModel(rooms, new SameThreadExecutor());
        fresh.refresh();
        return List.copyOf(fresh.rows());
    }

    private static List<String> guests(RackRow row) {
        return row.nights().subList(0, 5).stream().map(n -> n.stay() == null ? null : n.stay().guestName()).toList();
    }
}
