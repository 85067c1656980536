package gotohotel.desk.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Random;
import org.junit.jupiter.api.Test;

class StoredTextTests {

    @Test
    void readsBackEveryInstantAndDateTheStoreWrites() {
        var random = new Random(7);
        for (int i = 0; i < 20_000; i++) {
            long seconds = random.nextLong(-62_000_000_000L, 250_000_000_000L);   // years 0 to about 9900
            int nanos = switch (i % 4) {
                case 0 -> 0;
                case 1 -> random.nextInt(1000) * 1_000_000;
                case 2 -> random.nextInt(1_000_000) * 1000;
                default -> random.nextInt(1_000_000_000);
            };
            var instant = Instant.ofEpochSecond(seconds, nanos);
            assertThat(StoredText.instant(instant.toString())).isEqualTo(instant);
            var date = LocalDate.ofEpochDay(seconds / 86_400);
            assertThat(StoredText.date(date.toString())).isEqualTo(date);
        }
    }

    @Test
    void leavesOtherFormsToTheJdkParser() {
        assertThat(StoredText.instant("+12026-01-01T00:00:00Z")).isEqualTo(Instant.parse("+12026-01-01T00:00:00Z"));
        assertThat(StoredText.date("+12026-01-01")).isEqualTo(LocalDate.parse("+12026-01-01"));
        assertThat(StoredText.instant(null)).isNull();
        assertThat(StoredText.date(null)).isNull();
        assertThatThrownBy(() -> StoredText.date("2026-13-01")).isInstanceOf(DateTimeException.class);
        assertThatThrownBy(() -> StoredText.instant("2026-11-26T04:05:08.1234567890Z"))
                .isInstanceOf(DateTimeException.class);
        assertThatThrownBy(() -> StoredText.date("2026-1x-01")).isInstanceOf(DateTimeException.class);
    }
}
