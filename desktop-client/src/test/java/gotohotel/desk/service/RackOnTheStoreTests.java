package gotohotel.desk.service;

import static org.assertj.core.api.Assertions.assertThat;

import gotohotel.desk.store.DeskStore;
import gotohotel.desk.viewmodel.RackRow;
import gotohotel.desk.viewmodel.RackViewModel;
import gotohotel.desk.viewmodel.SameThreadExecutor;
import gotohotel.shared.api.HousekeepingStatus;
import gotohotel.shared.sync.AssignedRoom;
import gotohotel.shared.sync.ChangesPage;
import gotohotel.shared.sync.ReservationSnapshot;
import gotohotel.shared.sync.RoomSnapshot;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The room rack on a real SQLite file: kept while off screen and shown again as it was, read again only after the
 * store reported a change, and then only the changed lines replaced.
 */
class RackOnTheStoreTests {

    private static final Instant NOW = Instant.parse("2026-12-07T10:00:00Z");
    private static final LocalDate TODAY = LocalDate.of(2026, 12, 7);

    @TempDir
    Path directory;

    private DeskStore store;
    private RackViewModel rack;
    private final SameThreadExecutor ui = new SameThreadExecutor();
    private final UUID room101 = UUID.randomUUID();
    private final UUID room102 = UUID.randomUUID();
    private final UUID bob = UUID.randomUUID();
    private DeskRooms service;

    @BeforeEach
    void open() {
        store = DeskStore.open(directory.resolve("desk.db"));
        store.applyDownload(null, new ChangesPage(List.of(stay(bob, 1, "Bob Lee", TODAY, TODAY.plusDays(3),
                new AssignedRoom("101", TODAY, TODAY.plusDays(3)))), "1", false, null, null,
                List.of(room(room101, "101", HousekeepingStatus.CLEAN, 1),
                        room(room102, "102", HousekeepingStatus.DIRTY, 1))), NOW);
        service = new DeskRooms(store, Optional::empty, Clock.fixed(NOW, ZoneOffset.UTC));
        rack = new RackViewModel(service, ui);
    }

    @AfterEach
    void close() {
        store.close();
    }

    @Test
    void aRackShownAgainKeepsItsLinesUntilTheStoreChangesAndThenShowsTheChange() {
        rack.show();
        var kept = List.copyOf(rack.rows());
        assertThat(kept).extracting(RackRow::kind).containsExactly(RackRow.Kind.HEADER, RackRow.Kind.ROOM,
                RackRow.Kind.ROOM);
        assertThat(kept.get(1).stayOn(0).guestName()).isEqualTo("Bob Lee");

        rack.hidden();
        rack.show();
        assertThat(rack.rows()).zipSatisfy(kept, (shown, before) -> assertThat(shown).isSameAs(before));   // not read

        rack.hidden();
        store.applyDownload("1", new ChangesPage(List.of(stay("Alice Kim", TODAY.plusDays(1), TODAY.plusDays(4))),
                "2", false), NOW);
        assertThat(rack.rows()).hasSize(3);   // off screen: not read on the change
        rack.show();

        assertThat(rack.rows()).extracting(RackRow::kind).containsExactly(RackRow.Kind.HEADER, RackRow.Kind.ROOM,
                RackRow.Kind.ROOM, RackRow.Kind.UNASSIGNED);
        assertThat(rack.rows().get(3).stayOn(1).guestName()).isEqualTo("Alice Kim");
        assertThat(rack.readingProperty().get()).isFalse();
    }

    @Test
    void aBookingThatArrivesWhileTheRackIsOffScreenIsInItWhenShownWithoutAFurtherRead() {
        rack.readAhead();   // after sign-in, before the rack was ever shown
        store.applyDownload("1", new ChangesPage(List.of(stay("Alice Kim", TODAY.plusDays(1), TODAY.plusDays(4))),
                "2", false), NOW);
        ui.elapse(RackViewModel.SETTLE);
        var read = List.copyOf(rack.rows());

        rack.show();

        assertThat(rack.rows()).extracting(RackRow::kind).containsExactly(RackRow.Kind.HEADER, RackRow.Kind.ROOM,
                RackRow.Kind.ROOM, RackRow.Kind.UNASSIGNED);
        assertThat(rack.rows().get(3).stayOn(1).guestName()).isEqualTo("Alice Kim");
        assertThat(rack.rows()).zipSatisfy(read, (shown, before) -> assertThat(shown).isSameAs(before));   // not read
        assertThat(rack.readingProperty().get()).isFalse();
    }

    @Test
    void aChangeWhileShownReplacesOnlyTheLinesItChanged() {
        rack.show();
        var header = rack.rows().get(0);
        var bobs = rack.rows().get(1);

        store.applyDownload("1", new ChangesPage(List.of(), "2", false, null, null,
                List.of(room(room102, "102", HousekeepingStatus.INSPECTED, 2))), NOW);

        assertThat(rack.rows().get(2).room().housekeeping()).isEqualTo(HousekeepingStatus.INSPECTED);
        assertThat(rack.rows().get(0)).isSameAs(header);
        assertThat(rack.rows().get(1)).isSameAs(bobs);
    }

    @Test
    void aChangeIsReadForItsBookingsAloneAndShowsWhatTheWholeWindowReadAgainShows() {
        rack.show();
        var alice = stay("Alice Kim", TODAY.plusDays(1), TODAY.plusDays(4));
        var later = stay("Carl Park", TODAY.plusDays(30), TODAY.plusDays(32));

        store.applyDownload("1", new ChangesPage(List.of(stay(bob, 2, "Bob Lee", TODAY, TODAY.plusDays(3),
                new AssignedRoom("102", TODAY, TODAY.plusDays(3))), alice, later), "2", false), NOW);

        assertThat(service.stays(java.util.Set.of(bob, alice.reservationId(), later.reservationId()), TODAY,
                RackViewModel.NIGHTS)).extracting(RoomStay::guestName, RoomStay::room)
                .containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple("Bob Lee", "102"),
                        org.assertj.core.groups.Tuple.tuple("Alice Kim", null));
        assertThat(rack.rows().get(2).stayOn(0).guestName()).isEqualTo("Bob Lee");
        var whole = new RackViewModel(service, new SameThreadExecutor());
        whole.refresh();
        assertThat(rack.rows()).isEqualTo(whole.rows());
    }

    private static RoomSnapshot room(UUID id, String number, HousekeepingStatus housekeeping, long version) {
        return new RoomSnapshot(id, number, "STANDARD", housekeeping, false, List.of(), version, NOW, "manager");
    }

    private static ReservationSnapshot stay(String guest, LocalDate checkIn, LocalDate checkOut,
                                            AssignedRoom... rooms) {
        return stay(UUID.randomUUID(), 1, guest, checkIn, checkOut, rooms);
    }

    private static ReservationSnapshot stay(UUID id, long version, String guest, LocalDate checkIn,
                                            LocalDate checkOut, AssignedRoom... rooms) {
        return new ReservationSnapshot(id, UUID.randomUUID(), "CONFIRMED", version, guest, null, "STANDARD",
                checkIn, checkOut, 1, new BigDecimal("120000"), "KRW", NOW, "guest", List.of(rooms));
    }
}
