package gotohotel.desk.viewmodel;

import static org.assertj.core.api.Assertions.assertThat;

import gotohotel.desk.service.DeskBooking;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class BookingRowTests {

    private static final UUID ORDER = UUID.fromString("6f1c2a9e-0b7d-4e55-9a3c-2d8e4f6a1b90");

    private static BookingRow row(String guest, String phone) {
        return BookingRow.of(new DeskBooking(UUID.randomUUID(), ORDER, guest, phone, "DELUXE", LocalDate.of(2026, 12, 1),
                LocalDate.of(2026, 12, 3), 2, "CONFIRMED", new BigDecimal("240000"), "KRW", false, "guest",
                Instant.EPOCH));
    }

    private static boolean finds(BookingRow row, String search) {
        String needle = search.strip().toLowerCase(java.util.Locale.ROOT);
        return row.matches(needle, BookingRow.phoneDigits(needle));
    }

    @Test
    void findsTheGuestByAnyPartOfTheNameWhateverTheCase() {
        var row = row("Kim Min-ji", "010-1234-5678");

        assertThat(finds(row, "MIN-JI")).isTrue();
        assertThat(finds(row, "kim min")).isTrue();
        assertThat(finds(row, "m")).isTrue();
        assertThat(finds(row, "min-jii")).isFalse();
        assertThat(finds(row, "park")).isFalse();
        assertThat(finds(row("김민지", null), "민지")).isTrue();
        assertThat(finds(row(null, null), "kim")).isFalse();
    }

    @Test
    void findsThePhoneByItsDigitsHoweverTheyAreWritten() {
        var row = row("Kim Min-ji", "010-1234-5678");

        assertThat(finds(row, "010 1234")).isTrue();
        assertThat(finds(row, "(010) 12")).isTrue();
        assertThat(finds(row, "45678")).isTrue();
        assertThat(finds(row, "0101")).isTrue();
        assertThat(finds(row, "5679")).isFalse();
        assertThat(finds(row, "010-1234-56789")).isFalse();
        assertThat(finds(row("Lee Jun", null), "010")).isFalse();
    }

    @Test
    void findsTheGuestByPhoneWithOrWithoutDashesAndWithTheCountryCode() {
        var dashed = row("Kim Min-ji", "010-1234-5678");
        var bare = row("Lee Jun-ho", "01098765432");
        var international = row("Sophie Martin", "+82 10-5555-1234");
        var seoul = row("Park Seo-yeon", "02-312-4567");

        assertThat(finds(dashed, "01012345678")).isTrue();
        assertThat(finds(bare, "010-9876-5432")).isTrue();
        assertThat(finds(bare, "9876-5432")).isTrue();
        assertThat(finds(international, "010-5555-1234")).isTrue();
        assertThat(finds(international, "01055551234")).isTrue();
        assertThat(finds(international, "+82 10 5555")).isTrue();
        assertThat(finds(dashed, "+82 10-1234-5678")).isTrue();
        assertThat(finds(seoul, "023124567")).isTrue();
        assertThat(finds(seoul, "02-312")).isTrue();
        assertThat(finds(international, "010-5555-1235")).isFalse();
        assertThat(finds(dashed, "kim 010")).as("a name and digits is not a phone number").isFalse();
        assertThat(finds(seoul, "+82")).as("the country code alone is not every number with a 0").isFalse();
        assertThat(finds(row("Emma Wilson", "+44 20 7946 0823"), "+44 20")).isTrue();
    }

    @Test
    void findsTheOrderByAnyPartOfItsId() {
        var row = row("Kim Min-ji", "010-1234-5678");

        assertThat(finds(row, "6F1C2A9E-0B7D")).isTrue();
        assertThat(finds(row, ORDER.toString())).isTrue();
        assertThat(finds(row, "2d8e4f6a1b90")).isTrue();
        assertThat(finds(row, "6f1c2a9e-0b7e")).isFalse();
    }
}
