package gotohotel.backend.inventory;

import static org.assertj.core.api.Assertions.assertThat;

import gotohotel.backend.support.EndToEndTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Room types are static: read once, then an order's validation costs no query for them. */
class RoomTypeCacheEndToEndTests extends EndToEndTest {

    @Autowired
    private Inventory inventory;

    @Test
    void roomTypesAreServedFromMemoryOnceRead() {
        String name = inventory.roomType("DELUXE").orElseThrow().name();
        jdbc.update("UPDATE room_type SET name = 'Renamed behind the cache' WHERE code = 'DELUXE'");
        try {
            assertThat(inventory.roomType("DELUXE")).get().extracting(RoomType::name).isEqualTo(name);
            assertThat(inventory.roomTypes()).extracting(RoomType::name).contains(name);
        } finally {
            jdbc.update("UPDATE room_type SET name = ? WHERE code = 'DELUXE'", name);
        }
    }
}
