package gotohotel.backend.ordering;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import gotohotel.backend.inventory.Stay;
import gotohotel.backend.money.Money;
import gotohotel.backend.support.EndToEndTest;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The order path writes orders in plain JDBC and everything after it reads and changes them through Hibernate
 * (decision record 56): every column written is the one the entity reads, and the version check holds.
 */
class PlacementWritesEndToEndTests extends EndToEndTest {

    @Autowired
    private PlacementWrites placements;
    @Autowired
    private OrderRepository orders;
    @Autowired
    private TransactionTemplate transactions;

    @Test
    void anOrderWrittenInPlainJdbcIsReadByTheEntityColumnForColumn() {
        var placed = deskOrder(UUID.randomUUID());
        transactions.executeWithoutResult(status -> placements.insert(placed));

        var read = transactions.execute(status -> orders.findById(placed.id()).orElseThrow());

        assertThat(read).usingRecursiveComparison()
                .ignoringFields("version", "domainEvents")
                .withComparatorForType(Comparator.naturalOrder(), BigDecimal.class)
                .isEqualTo(deskOrder(placed.id()));
    }

    @Test
    void theOutcomeIsWrittenOverTheInsertedRowAndBumpsItsVersion() {
        var placed = deskOrder(UUID.randomUUID());
        transactions.executeWithoutResult(status -> placements.insert(placed));
        placed.markPaid(null, NOW.plusSeconds(1));

        transactions.executeWithoutResult(status -> placements.settled(placed));

        assertThat(jdbc.queryForMap("SELECT status, version, updated_at FROM orders WHERE id = ?", placed.id()))
                .containsEntry("status", "PAID").containsEntry("version", 1L);
        assertThat(jdbc.queryForObject("SELECT updated_at FROM orders WHERE id = ?", java.sql.Timestamp.class,
                placed.id()).toInstant()).isEqualTo(NOW.plusSeconds(1));
    }

    @Test
    void anOrderChangedMeanwhileIsNotOverwritten() {
        var placed = deskOrder(UUID.randomUUID());
        transactions.executeWithoutResult(status -> placements.insert(placed));
        jdbc.update("UPDATE orders SET version = version + 1, status = 'PAYMENT_FAILED' WHERE id = ?", placed.id());
        placed.markPaid("4242", NOW.plusSeconds(1));

        assertThatThrownBy(() -> transactions.executeWithoutResult(status -> placements.settled(placed)))
                .isInstanceOf(ObjectOptimisticLockingFailureException.class);
        assertThat(jdbc.queryForObject("SELECT status FROM orders WHERE id = ?", String.class, placed.id()))
                .isEqualTo("PAYMENT_FAILED");
    }

    private static final Instant NOW = Instant.now().minusSeconds(60).truncatedTo(ChronoUnit.MICROS);

    private static Order deskOrder(UUID id) {
        var checkIn = LocalDate.now().plusDays(400);
        var policy = new CancellationPolicy(NOW.plus(30, ChronoUnit.DAYS), new BigDecimal("120000.00"));
        return Order.placeAtDesk(id, new Guest("Kim Minji", "+821012345678", "minji@example.com"), "STANDARD",
                new Stay(checkIn, checkIn.plusDays(3)), 2, Money.of(new BigDecimal("360000.00"), "KRW"), policy,
                "a".repeat(64), "frontdesk", NOW);
    }
}
