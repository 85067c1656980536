package gotohotel.backend.rooms;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import gotohotel.backend.domain.IllegalTransitionException;
import gotohotel.shared.api.HousekeepingStatus;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class RoomTests {

    private static final Instant NOW = Instant.parse("2026-12-07T03:00:00Z");

    @Test
    void eachChangeMakesAVersionWithItsHistoryLineAndNoChangeMakesNone() {
        var room = Room.add("101", "STANDARD", "admin", NOW);
        room.rename("101", "admin", NOW);
        room.flagOutOfService(false, "admin", NOW);
        room.markHousekeeping(HousekeepingStatus.CLEAN, "lee", NOW);
        room.markHousekeeping(HousekeepingStatus.DIRTY, "check-out", NOW.plusSeconds(60));
        room.moveTo("DELUXE", "admin", NOW.plusSeconds(120));

        assertThat(room.version()).isEqualTo(3);
        assertThat(room.updatedBy()).isEqualTo("admin");
        assertThat(room.housekeepingAt()).isEqualTo(NOW.plusSeconds(60));
        assertThat(room.takeChanges()).extracting(Room.Change::action, Room.Change::version, Room.Change::by)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("ADDED", 1L, "admin"),
                        org.assertj.core.groups.Tuple.tuple("DIRTY", 2L, "check-out"),
                        org.assertj.core.groups.Tuple.tuple("MOVED", 3L, "admin"));
        assertThat(room.takeChanges()).isEmpty();
    }

    @Test
    void onlyACleanRoomIsInspected() {
        var room = Room.add("501", "SUITE", "admin", NOW);
        room.markHousekeeping(HousekeepingStatus.DIRTY, "check-out", NOW);

        assertThatThrownBy(() -> room.markHousekeeping(HousekeepingStatus.INSPECTED, "admin", NOW))
                .isInstanceOf(IllegalTransitionException.class).hasMessageContaining("DIRTY");
        assertThat(room.version()).isEqualTo(2);

        room.markHousekeeping(HousekeepingStatus.CLEAN, "lee", NOW);
        room.markHousekeeping(HousekeepingStatus.INSPECTED, "admin", NOW);
        assertThat(room.housekeeping()).isEqualTo(HousekeepingStatus.INSPECTED);
    }
}
