package gotohotel.backend.notification;

import static org.assertj.core.api.Assertions.assertThat;

import gotohotel.backend.support.EndToEndTest;
import gotohotel.shared.event.Booking;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

/** The recipient upsert binds its optional price as a typed null or a value, and folds a poll's rows per order. */
class RecipientQueriesEndToEndTests extends EndToEndTest {

    @Autowired
    Recipients recipients;

    @Autowired
    TransactionTemplate transactions;

    private final Booking booking = new Booking("Kim Minji", "010-1234-5678", "DELUXE", LocalDate.of(2031, 5, 1),
            LocalDate.of(2031, 5, 3), 2);

    @Test
    void keepsAKnownPriceWhenALaterEventCarriesNone() {
        UUID order = UUID.randomUUID();
        transactions.executeWithoutResult(s -> recipients.remember(order, booking, null, null));
        assertThat(recipients.find(order)).get().satisfies(r -> assertThat(r.totalPrice()).isNull());

        transactions.executeWithoutResult(s -> recipients.remember(order, booking, new BigDecimal("250000"), "KRW"));
        transactions.executeWithoutResult(s -> recipients.remember(order, booking, null, null));

        assertThat(recipients.find(order)).get().satisfies(r -> {
            assertThat(r.totalPrice()).isEqualByComparingTo("250000");
            assertThat(r.currency()).isEqualTo("KRW");
        });
    }

    @Test
    void aDispatchRoundReadsItsRecipientsInOneQueryEachAsFound() {
        UUID first = UUID.randomUUID();
        UUID second = UUID.randomUUID();
        var other = new Booking("Lee Jiho", "010-5555-6666", "SUITE", LocalDate.of(2031, 6, 1),
                LocalDate.of(2031, 6, 2), 1);
        transactions.executeWithoutResult(s -> {
            recipients.remember(first, booking, new BigDecimal("250000"), "KRW");
            recipients.remember(second, other, null, null);
        });

        var found = recipients.findAll(List.of(first, second, first, UUID.randomUUID()));

        assertThat(found).containsOnlyKeys(first, second);
        assertThat(found.get(first)).isEqualTo(recipients.find(first).orElseThrow());
        assertThat(found.get(second)).satisfies(r -> {
            assertThat(r.guestName()).isEqualTo("Lee Jiho");
            assertThat(r.phone()).isEqualTo("010-5555-6666");
            assertThat(r.roomType()).isEqualTo("SUITE");
            assertThat(r.checkOut()).isEqualTo(LocalDate.of(2031, 6, 2));
            assertThat(r.totalPrice()).isNull();
        });
        assertThat(recipients.findAll(List.of())).isEmpty();
    }

    @Test
    void aPollsEventsAboutOneOrderAreFoldedIntoOneRowWithTheLatestKnownPrice() {
        UUID order = UUID.randomUUID();
        var moved = new Booking("Kim Minji", "010-9999-0000", "DELUXE", LocalDate.of(2031, 5, 2),
                LocalDate.of(2031, 5, 4), 2);
        transactions.executeWithoutResult(s -> recipients.rememberAll(List.of(
                recipient(order, booking, new BigDecimal("250000"), "KRW"),
                recipient(order, booking, new BigDecimal("300000"), "KRW"),
                recipient(order, moved, null, null))));

        assertThat(recipients.find(order)).get().satisfies(r -> {
            assertThat(r.phone()).isEqualTo("010-9999-0000");
            assertThat(r.checkIn()).isEqualTo(LocalDate.of(2031, 5, 2));
            assertThat(r.totalPrice()).isEqualByComparingTo("300000");
            assertThat(r.currency()).isEqualTo("KRW");
        });
    }

    @Test
    void anEventRepeatingWhatIsKnownLeavesTheRowUntouched() {
        UUID order = UUID.randomUUID();
        transactions.executeWithoutResult(s -> recipients.remember(order, booking, new BigDecimal("250000"), "KRW"));
        String before = rowVersion(order);

        transactions.executeWithoutResult(s -> recipients.remember(order, booking, null, null));
        transactions.executeWithoutResult(s -> recipients.remember(order, booking, new BigDecimal("250000"), "KRW"));

        assertThat(rowVersion(order)).isEqualTo(before);   // before: every event rewrote the row
    }

    /** The row version PostgreSQL gives every write of a row. */
    private String rowVersion(UUID order) {
        return jdbc.queryForObject("SELECT xmin::text FROM notification_recipient WHERE order_id = ?", String.class,
                order);
    }

    private static Recipient recipient(UUID order, Booking booking, BigDecimal price, String currency) {
        return new Recipient(order, booking.guestName(), booking.phone(), booking.roomType(), booking.checkIn(),
                booking.checkOut(), price, currency);
    }
}
