package gotohotel.backend.notification;

import gotohotel.shared.event.Booking;
import java.math.BigDecimal;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.BatchPreparedStatementSetter;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** The notification context's own copy of each order's guest and booking. */
@Component
class Recipients {

    private final JdbcTemplate jdbc;

    Recipients(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Records the booking; the price is kept once known and never overwritten with nothing. */
    void remember(UUID orderId, Booking booking, BigDecimal totalPrice, String currency) {
        rememberAll(List.of(new Recipient(orderId, booking.guestName(), booking.phone(), booking.roomType(),
                booking.checkIn(), booking.checkOut(), totalPrice, currency)));
    }

    /**
     * Records what a batch of events said about their recipients, in the order they said it: one row per order
     * (folded first: the latest booking, the latest price known), in one batched upsert that leaves a row which
     * would not change untouched (most events repeat the booking the first one brought).
     */
    void rememberAll(List<Recipient> said) {
        Map<UUID, Recipient> folded = new LinkedHashMap<>();
        for (var next : said) {
            folded.merge(next.orderId(), next, (earlier, later) -> new Recipient(later.orderId(), later.guestName(),
                    later.phone(), later.roomType(), later.checkIn(), later.checkOut(),
                    later.totalPrice() != null ? later.totalPrice() : earlier.totalPrice(),
                    later.currency() != null ? later.currency() : earlier.currency()));
        }
        var rows = new ArrayList<>(folded.values());
        rows.sort(Comparator.comparing(Recipient::orderId));   // rows locked in one order: two pollers never deadlock
        jdbc.batchUpdate("""
                INSERT INTO notification_recipient
                    (order_id, guest_name, phone, room_type, check_in, check_out, total_price, currency)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?)
                ON CONFLICT (order_id) DO UPDATE SET guest_name = EXCLUDED.guest_name, phone = EXCLUDED.phone,
                    room_type = EXCLUDED.room_type, check_in = EXCLUDED.check_in, check_out = EXCLUDED.check_out,
                    total_price = COALESCE(EXCLUDED.total_price, notification_recipient.total_price),
                    currency = COALESCE(EXCLUDED.currency, notification_recipient.currency)
                WHERE (notification_recipient.guest_name, notification_recipient.phone, notification_recipient.room_type,
                       notification_recipient.check_in, notification_recipient.check_out,
                       notification_recipient.total_price, notification_recipient.currency)
                      IS DISTINCT FROM (EXCLUDED.guest_name, EXCLUDED.phone, EXCLUDED.room_type, EXCLUDED.check_in,
                       EXCLUDED.check_out, COALESCE(EXCLUDED.total_price, notification_recipient.total_price),
                       COALESCE(EXCLUDED.currency, notification_recipient.currency))""",
                new BatchPreparedStatementSetter() {
                    @Override
                    public void setValues(PreparedStatement insert, int i) throws SQLException {
                        var row = rows.get(i);
                        insert.setObject(1, row.orderId());
                        insert.setString(2, row.guestName());
                        insert.setString(3, row.phone());
                        insert.setString(4, row.roomType());
                        insert.setDate(5, Date.valueOf(row.checkIn()));
                        insert.setDate(6, Date.valueOf(row.checkOut()));
                        insert.setObject(7, row.totalPrice(), Types.NUMERIC);
                        insert.setObject(8, row.currency(), Types.VARCHAR);
                    }

                    @Override
                    public int getBatchSize() {
                        return rows.size();
                    }
                });
    }

    Optional<Recipient> find(UUID orderId) {
        return jdbc.query("SELECT * FROM notification_recipient WHERE order_id = ?", Recipients::recipient, orderId)
                .stream().findFirst();
    }

    /** The recipients of these orders, in one query (a dispatch round's, instead of one look-up per message). */
    Map<UUID, Recipient> findAll(Collection<UUID> orderIds) {
        if (orderIds.isEmpty()) {
            return Map.of();
        }
        Map<UUID, Recipient> found = new HashMap<>();
        jdbc.query(connection -> {
            var select = connection.prepareStatement("SELECT * FROM notification_recipient WHERE order_id = ANY (?)");
            select.setArray(1, connection.createArrayOf("uuid", orderIds.stream().distinct().toArray()));
            return select;
        }, (ResultSet rs) -> {
            var recipient = recipient(rs, 0);
            found.put(recipient.orderId(), recipient);
        });
        return found;
    }

    private static Recipient recipient(ResultSet rs, int row) throws SQLException {
        return new Recipient(rs.getObject("order_id", UUID.class), rs.getString("guest_name"), rs.getString("phone"),
                rs.getString("room_type"), rs.getDate("check_in").toLocalDate(), rs.getDate("check_out").toLocalDate(),
                rs.getBigDecimal("total_price"), rs.getString("currency"));
    }
}
