package gotohotel.desk.viewmodel;

import static org.assertj.core.api.Assertions.assertThat;

import gotohotel.desk.service.ManagedRoom;
import gotohotel.desk.service.RoomAdministration;
import gotohotel.desk.service.StaffChangeRefusedException;
import gotohotel.desk.text.ScreenText;
import gotohotel.shared.api.HousekeepingStatus;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RoomsViewModelTests {

    private static final LocalDate TODAY = LocalDate.of(2026, 12, 7);

    private final Rooms rooms = new Rooms();
    private final RoomsViewModel model = new RoomsViewModel(rooms, new SameThreadExecutor(),
            Clock.fixed(Instant.parse("2026-12-07T10:00:00Z"), ZoneOffset.UTC));

    @Test
    void listsTheRoomsByTypeInTheServersOrderThenByNumberAsPeopleReadThem() {
        rooms.put(room("1001", "STANDARD"));
        rooms.put(room("201", "DELUXE"));
        rooms.put(room("102", "STANDARD"));

        model.load();

        assertThat(model.rooms()).extracting(ManagedRoom::number).containsExactly("102", "1001", "201");
        assertThat(model.newRoom().roomTypeProperty().get()).as("the first type chosen").isEqualTo("STANDARD");
    }

    @Test
    void aRenameReplacesTheRoomAndSendsOnlyWhatChanged() {
        rooms.put(room("101", "STANDARD"));
        model.load();
        var form = model.edit(model.rooms().get(0));
        form.numberProperty().set(" 101A ");
        List<ManagedRoom> saved = new ArrayList<>();

        form.save(room -> {
            saved.add(room);
            model.saved("101", room);
        });

        assertThat(rooms.changes).containsExactly("101 → 101A, null, null");
        assertThat(model.rooms()).extracting(ManagedRoom::number).containsExactly("101A");
        assertThat(saved).hasSize(1);
    }

    @Test
    void datesTheWrongWayRoundAreRefusedBeforeAnythingIsSent() {
        rooms.put(room("101", "STANDARD"));
        model.load();
        var form = model.outOfOrder(model.rooms().get(0));
        assertThat(form.fromProperty().get()).isEqualTo(TODAY);
        form.fromProperty().set(TODAY.plusDays(3));
        form.untilProperty().set(TODAY.plusDays(3));
        form.reasonProperty().set("leak");

        form.save(room -> { });

        assertThat(form.state().fieldErrors()).containsEntry("until", "rooms.until-after-from");
        assertThat(rooms.changes).isEmpty();
    }

    @Test
    void aRefusalForLackOfRoomsNamesTheBookingsInTheWay() {
        rooms.put(room("101", "STANDARD"));
        model.load();
        rooms.refusal = new StaffChangeRefusedException(StaffChangeRefusedException.Reason.ROOMS_NEEDED, "needed",
                Map.of(), List.of("Kim Mina, 2026-12-08–2026-12-10", "Lee Joon, 2026-12-09–2026-12-11"));
        var form = model.outOfOrder(model.rooms().get(0));
        form.untilProperty().set(TODAY.plusDays(4));
        form.reasonProperty().set("leak");

        form.save(room -> { });

        assertThat(ScreenText.parts(form.state().errorProperty().get())).containsExactly(
                "staff.refused.ROOMS_NEEDED", "Kim Mina, 2026-12-08–2026-12-10; Lee Joon, 2026-12-09–2026-12-11");
    }

    @Test
    void aNumberTakenIsSaidWithTheNumber() {
        model.load();
        rooms.refusal = new StaffChangeRefusedException(StaffChangeRefusedException.Reason.ROOM_NUMBER_TAKEN,
                "taken", Map.of());
        var form = model.newRoom();
        form.numberProperty().set("101");
        form.roomTypeProperty().set("STANDARD");

        form.save(room -> { });

        assertThat(ScreenText.parts(form.state().errorProperty().get()))
                .containsExactly("staff.refused.ROOM_NUMBER_TAKEN", "101");
    }

    private static ManagedRoom room(String number, String type) {
        return new ManagedRoom(number, type, HousekeepingStatus.CLEAN, false, List.of());
    }

    /** Rooms in memory; every change recorded; a refusal set beforehand is thrown by the next change. */
    private static final class Rooms implements RoomAdministration {

        final Map<String, ManagedRoom> all = new LinkedHashMap<>();
        final List<String> changes = new ArrayList<>();
        StaffChangeRefusedException refusal;

        void put(ManagedRoom room) {
            all.put(room.number(), room);
        }

        @Override
        public List<ManagedRoom> rooms() {
            return List.copyOf(all.values());
        }

        @Override
        public List<String> roomTypes() {
            return List.of("STANDARD", "DELUXE");
        }

        @Override
        public ManagedRoom add(String number, String roomType) {
            refuse();
            var room = room(number, roomType);
            put(room);
            return room;
        }

        @Override
        public ManagedRoom change(String number, String newNumber, String roomType, Boolean outOfService) {
            refuse();
            changes.add(number + " → " + newNumber + ", " + roomType + ", " + outOfService);
            var was = all.remove(number);
            var now = new ManagedRoom(newNumber == null ? number : newNumber.strip(),
                    roomType == null ? was.roomType() : roomType, was.housekeeping(),
                    outOfService == null ? was.outOfService() : outOfService, was.outOfOrder());
            put(now);
            return now;
        }

        @Override
        public ManagedRoom takeOutOfOrder(String number, LocalDate from, LocalDate until, String reason) {
            refuse();
            changes.add(number + " out of order " + from + " " + until);
            return all.get(number);
        }

        @Override
        public ManagedRoom backInOrder(String number, long outOfOrderId) {
            refuse();
            return all.get(number);
        }

        private void refuse() {
            if (refusal != null) {
                throw refusal;
            }
        }
    }
}
