package gotohotel.backend.ordering;

import gotohotel.backend.domain.DomainRuleException;
import gotohotel.backend.inventory.Stay;
import gotohotel.backend.money.Money;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Stay changes that add nights or give the stay a dearer room type, from holding the nights to the charge's answer ({@code order_stay_change}, decision
 * record 52): at most one pending per order (a unique index), so a second change of the same stay waits its turn and
 * the reconciler can finish what a crash left between the hold and the charge.
 */
@Component
class PendingStayChanges {

    /**
     * A change that adds nights, or gives the stay a dearer room type ({@code roomType} the new one, {@code
     * previousRoomType} the old; both null for a change of dates): its id is the charge's key at the provider.
     */
    record Pending(UUID id, UUID orderId, Stay to, Stay from, Money amount, String changedBy, String roomType,
                   String previousRoomType) {

        /** Nights added to the stay (the room type unchanged). */
        Pending(UUID id, UUID orderId, Stay to, Stay from, Money amount, String changedBy) {
            this(id, orderId, to, from, amount, changedBy, null, null);
        }

        boolean changesRoomType() {
            return roomType != null;
        }
    }

    private final JdbcTemplate jdbc;

    PendingStayChanges(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** @throws DomainRuleException {@code stay-change-refused} when another change of the order is being paid */
    void open(Pending change, Instant now) {
        try {
            jdbc.update("""
                    INSERT INTO order_stay_change (id, order_id, check_in, check_out, previous_check_in,
                        previous_check_out, amount, currency, changed_by, room_type, previous_room_type, status,
                        created_at)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'PENDING', ?)""", change.id(), change.orderId(),
                    Date.valueOf(change.to().checkIn()), Date.valueOf(change.to().checkOut()),
                    Date.valueOf(change.from().checkIn()), Date.valueOf(change.from().checkOut()),
                    change.amount().amount(), change.amount().currencyCode(), change.changedBy(), change.roomType(),
                    change.previousRoomType(), Timestamp.from(now));
        } catch (DuplicateKeyException another) {
            throw inProgress();
        }
    }

    /** @throws DomainRuleException {@code stay-change-refused} when a change adding nights is being paid */
    void requireNone(UUID orderId) {
        Integer pending = jdbc.queryForObject("""
                SELECT COUNT(*) FROM order_stay_change WHERE order_id = ? AND status = 'PENDING'""", Integer.class,
                orderId);
        if (pending != null && pending > 0) {
            throw inProgress();
        }
    }

    /** Ends a pending change; false when it was settled before (by the request or the reconciler). */
    boolean settle(UUID id, String outcome, Instant now) {
        return jdbc.update("""
                UPDATE order_stay_change SET status = ?, settled_at = ? WHERE id = ? AND status = 'PENDING'""",
                outcome, Timestamp.from(now), id) == 1;
    }

    /** Pending changes opened before {@code cutoff}: a crash left them between the hold and the charge's answer. */
    List<Pending> stuckSince(Instant cutoff) {
        return jdbc.query("""
                SELECT * FROM order_stay_change WHERE status = 'PENDING' AND created_at < ? ORDER BY created_at
                LIMIT 50""", (rs, row) -> new Pending(rs.getObject("id", UUID.class),
                rs.getObject("order_id", UUID.class),
                new Stay(rs.getDate("check_in").toLocalDate(), rs.getDate("check_out").toLocalDate()),
                new Stay(rs.getDate("previous_check_in").toLocalDate(), rs.getDate("previous_check_out").toLocalDate()),
                Money.of(rs.getBigDecimal("amount"), rs.getString("currency")), rs.getString("changed_by"),
                rs.getString("room_type"), rs.getString("previous_room_type")),
                Timestamp.from(cutoff));
    }

    private static DomainRuleException inProgress() {
        return new DomainRuleException("stay-change-refused", "Stay change not possible",
                "Another change of this stay is being paid; try again in a moment.");
    }
}
