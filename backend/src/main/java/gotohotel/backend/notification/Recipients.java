package gotohotel.backend.notification;

import gotohotel.shared.event.Booking;
import java.math.BigDecimal;
import java.sql.Date;
import java.util.Optional;
import java.util.UUID;
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
        int updated = jdbc.update("""
                UPDATE notification_recipient SET guest_name = ?, phone = ?, room_type = ?, check_in = ?, check_out = ?,
                       total_price = COALESCE(?, total_price), currency = COALESCE(?, currency)
                WHERE order_id = ?""", booking.guestName(), booking.phone(), booking.roomType(),
                Date.valueOf(booking.checkIn()), Date.valueOf(booking.checkOut()), totalPrice, currency, orderId);
        if (updated == 0) {
            jdbc.update("""
                    INSERT INTO notification_recipient
                        (order_id, guest_name, phone, room_type, check_in, check_out, total_price, currency)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?)""", orderId, booking.guestName(), booking.phone(),
                    booking.roomType(), Date.valueOf(booking.checkIn()), Date.valueOf(booking.checkOut()), totalPrice,
                    currency);
        }
    }

    Optional<Recipient> find(UUID orderId) {
        return jdbc.query("SELECT * FROM notification_recipient WHERE order_id = ?", (rs, row) -> new Recipient(
                orderId, rs.getString("guest_name"), rs.getString("phone"), rs.getString("room_type"),
                rs.getDate("check_in").toLocalDate(), rs.getDate("check_out").toLocalDate(),
                rs.getBigDecimal("total_price"), rs.getString("currency")), orderId).stream().findFirst();
    }
}
