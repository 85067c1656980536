package gotohotel.backend.payment;

import gotohotel.backend.money.Money;
import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The charges for nights added to a stay (decision record 52), each authorised at the provider under its own key, and
 * how a refund is sent back through the authorisations: the provider refunds an authorisation at most what it took,
 * so a refund larger than what the order's own authorisation has left goes back partly through the charges.
 */
@Component
class Charges {

    private final JdbcTemplate jdbc;
    private final RefundRepository refunds;

    Charges(JdbcTemplate jdbc, RefundRepository refunds) {
        this.jdbc = jdbc;
        this.refunds = refunds;
    }

    void record(UUID orderId, UUID chargeId, Money amount, Authorization approved, Instant now) {
        jdbc.update("""
                INSERT INTO payment_charge (id, order_id, amount, currency, card_last4, provider_reference, created_at)
                VALUES (?, ?, ?, ?, ?, ?, ?)""", chargeId, orderId, amount.amount(), amount.currencyCode(),
                approved.cardLast4(), approved.reference(), Timestamp.from(now));
    }

    /**
     * The refund of {@code amount}, split over the authorisations with something left to refund: the order's own
     * first, then the charges, oldest first. One part when the order's own authorisation covers it (always, for an
     * order whose stay never grew).
     *
     * @param paid what the payment counts in all (the order's own authorisation and every charge)
     */
    List<Refund> split(UUID orderId, Money paid, Money amount, RefundCause cause, Instant now) {
        Map<UUID, BigDecimal> authorised = new LinkedHashMap<>();
        var charged = jdbc.query("SELECT id, amount FROM payment_charge WHERE order_id = ? ORDER BY created_at, id",
                (rs, row) -> Map.entry(rs.getObject(1, UUID.class), rs.getBigDecimal(2)), orderId);
        BigDecimal own = paid.amount();
        for (var charge : charged) {
            own = own.subtract(charge.getValue());
        }
        authorised.put(orderId, own);
        charged.forEach(charge -> authorised.put(charge.getKey(), charge.getValue()));
        Map<UUID, BigDecimal> owed = new HashMap<>();
        for (var earlier : refunds.findByOrderId(orderId)) {
            owed.merge(earlier.authorizationKey(), earlier.amount().amount(), BigDecimal::add);
        }
        var parts = new ArrayList<Refund>();
        BigDecimal left = amount.amount();
        for (var key : authorised.keySet()) {
            if (left.signum() <= 0) {
                break;
            }
            BigDecimal room = authorised.get(key).subtract(owed.getOrDefault(key, BigDecimal.ZERO));
            BigDecimal part = room.min(left);
            if (part.signum() > 0) {
                parts.add(Refund.owed(orderId, key.equals(orderId) ? null : key,
                        Money.of(part, amount.currencyCode()), cause, now));
                left = left.subtract(part);
            }
        }
        if (left.signum() > 0 || parts.isEmpty()) {   // nothing said where: the order's own, as before charges existed
            parts.add(Refund.owed(orderId, Money.of(left.signum() > 0 ? left : amount.amount(), amount.currencyCode()),
                    cause, now));
        }
        return parts;
    }
}
