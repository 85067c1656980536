package gotohotel.backend.payment;

import gotohotel.backend.money.Money;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** Authorisations whose answer was lost, to be checked with the provider later. */
@Component
class UnresolvedAuthorizations {

    record Unresolved(UUID orderId, Money amount, String cardLast4, int attempts) {
    }

    private final JdbcTemplate jdbc;
    private final Clock clock;
    private final Duration firstCheckAfter;

    UnresolvedAuthorizations(JdbcTemplate jdbc, Clock clock, PaymentProperties properties) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.firstCheckAfter = properties.lateApprovalCheckAfter();
    }

    void remember(UUID orderId, Money amount, String cardLast4) {
        Instant now = clock.instant();
        jdbc.update("""
                INSERT INTO payment_unresolved (order_id, amount, currency, card_last4, created_at, check_at, attempts)
                VALUES (?, ?, ?, ?, ?, ?, 0)""", orderId, amount.amount(), amount.currencyCode(), cardLast4,
                Timestamp.from(now), Timestamp.from(now.plus(firstCheckAfter)));
    }

    List<Unresolved> due(int limit) {
        return jdbc.query("SELECT * FROM payment_unresolved WHERE check_at <= ? ORDER BY check_at LIMIT ?",
                (rs, row) -> new Unresolved(rs.getObject("order_id", UUID.class),
                        Money.of(rs.getBigDecimal("amount"), rs.getString("currency")), rs.getString("card_last4"),
                        rs.getInt("attempts")), Timestamp.from(clock.instant()), limit);
    }

    void checkAgainLater(UUID orderId, Duration delay) {
        jdbc.update("UPDATE payment_unresolved SET check_at = ?, attempts = attempts + 1 WHERE order_id = ?",
                Timestamp.from(clock.instant().plus(delay)), orderId);
    }

    void resolved(UUID orderId) {
        jdbc.update("DELETE FROM payment_unresolved WHERE order_id = ?", orderId);
    }
}
