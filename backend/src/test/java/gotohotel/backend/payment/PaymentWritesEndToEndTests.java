package gotohotel.backend.payment;

import static org.assertj.core.api.Assertions.assertThat;

import gotohotel.backend.money.Money;
import gotohotel.backend.support.EndToEndTest;
import gotohotel.shared.event.Booking;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.UUID;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

/** Payments are inserted in plain JDBC on the order path and read through Hibernate after it (decision record 56). */
class PaymentWritesEndToEndTests extends EndToEndTest {

    private static final Instant NOW = Instant.now().truncatedTo(ChronoUnit.MICROS);
    private static final Money TOTAL = Money.of(new BigDecimal("360000.00"), "KRW");
    private static final Booking BOOKING = new Booking("Kim Minji", "+821012345678", "STANDARD",
            LocalDate.now().plusDays(400), LocalDate.now().plusDays(403), 2);

    @Autowired
    private PaymentWrites writes;
    @Autowired
    private PaymentRepository payments;
    @Autowired
    private TransactionTemplate transactions;

    @Test
    void anApprovedCardPaymentIsReadColumnForColumn() {
        var id = UUID.randomUUID();
        assertRoundTrip(id, () -> Payment.authorized(id, TOTAL, Authorization.approved("sim_ref_1", "4242"), BOOKING,
                NOW));
    }

    @Test
    void aDeclinedCardPaymentIsReadColumnForColumn() {
        var id = UUID.randomUUID();
        assertRoundTrip(id, () -> Payment.authorized(id, TOTAL, Authorization.declined("insufficient funds", "0002"),
                BOOKING, NOW));
    }

    @Test
    void moneyTakenAtTheCounterIsReadColumnForColumn() {
        var id = UUID.randomUUID();
        assertRoundTrip(id, () -> Payment.atCounter(id, TOTAL, "receipt 0042", "frontdesk", NOW));
    }

    private void assertRoundTrip(UUID id, Supplier<Payment> decided) {
        transactions.executeWithoutResult(status -> writes.insert(decided.get()));

        var read = transactions.execute(status -> payments.findById(id).orElseThrow());

        assertThat(read).usingRecursiveComparison()
                .ignoringFields("version", "domainEvents")
                .withComparatorForType(Comparator.naturalOrder(), BigDecimal.class)
                .isEqualTo(decided.get());
        assertThat(jdbc.queryForObject("SELECT version FROM payment WHERE order_id = ?", Long.class, id)).isZero();
    }
}
